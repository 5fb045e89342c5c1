package org.regdesk.idna;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The IDNA2008 derived property of a code point (RFC 5892 §3), computed from the JDK's Unicode data
 * by the RFC's own algorithm instead of from the IANA table.
 *
 * <p>Case folding, which the algorithm needs and the JDK lacks, is taken as lower case of upper
 * case, which equals full case folding except for the dotless {@code ı} (which folds to itself) and
 * Cherokee (which folds to capitals); both are handled here.
 */
enum CodePointClass {
  /** Allowed anywhere the label rules allow. */
  PVALID,
  /** A joiner, allowed only where its context rule holds. */
  CONTEXTJ,
  /** Punctuation or a digit allowed only where its context rule holds. */
  CONTEXTO,
  /** Never allowed. */
  DISALLOWED,
  /** Not assigned in the JDK's Unicode version, so not allowed. */
  UNASSIGNED;

  static CodePointClass of(int cp) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '-') {
      return PVALID; // LDH, the common case
    }
    CodePointClass exception = exception(cp);
    if (exception != null) {
      return exception;
    }
    int type = Character.getType(cp);
    if (type == Character.UNASSIGNED || type == Character.SURROGATE) {
      return UNASSIGNED;
    }
    if (cp == 0x200C || cp == 0x200D) {
      return CONTEXTJ;
    }
    if (isUnstable(cp)
        || isIgnorable(cp)
        || isInIgnorableBlock(cp)
        || isOldHangulJamo(cp)
        || !isLetterOrDigit(type)) {
      return DISALLOWED;
    }
    return PVALID;
  }

  /** RFC 5892 §2.6: the characters whose class is fixed by hand. */
  private static CodePointClass exception(int cp) {
    switch (cp) {
      case 0x00DF, 0x03C2, 0x06FD, 0x06FE, 0x0F0B, 0x3007 -> {
        return PVALID;
      }
      case 0x00B7, 0x0375, 0x05F3, 0x05F4, 0x30FB -> {
        return CONTEXTO;
      }
      case 0x0640, 0x07FA, 0x302E, 0x302F, 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x303B -> {
        return DISALLOWED;
      }
      default -> {
        if ((cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06F0 && cp <= 0x06F9)) {
          return CONTEXTO;
        }
        return null;
      }
    }
  }

  /** RFC 5892 §2.2: changed by NFKC, case folding and NFKC again (upper case, compatibility). */
  private static boolean isUnstable(int cp) {
    String text = Character.toString(cp);
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return !Normalizer.normalize(caseFold(nfkc), Normalizer.Form.NFKC).equals(text);
  }

  private static String caseFold(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> folded.append(caseFold(cp)));
    return folded.toString();
  }

  private static String caseFold(int cp) {
    if (cp == 0x0131) {
      return "\u0131";
    }
    if (cp >= 0x13A0 && cp <= 0x13F5) {
      return Character.toString(cp); // Cherokee capitals fold to themselves
    }
    if (cp >= 0x13F8 && cp <= 0x13FD) {
      return Character.toString(cp - 8);
    }
    if (cp >= 0xAB70 && cp <= 0xABBF) {
      return Character.toString(cp - 0xAB70 + 0x13A0);
    }
    return Character.toString(cp).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /**
   * RFC 5892 §2.3: Default_Ignorable_Code_Point, White_Space and noncharacters. Only the default
   * ignorables with a letter or mark category need listing: the others fail the letter test.
   */
  private static boolean isIgnorable(int cp) {
    return cp == 0x034F
        || cp == 0x115F
        || cp == 0x1160
        || cp == 0x17B4
        || cp == 0x17B5
        || (cp >= 0x180B && cp <= 0x180F)
        || cp == 0x3164
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || cp == 0xFFA0
        || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  /** RFC 5892 §2.4: combining marks for symbols, musical symbols, Greek musical notation. */
  private static boolean isInIgnorableBlock(int cp) {
    return (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0x1D100 && cp <= 0x1D24F);
  }

  /** RFC 5892 §2.9: conjoining Hangul jamo (Hangul_Syllable_Type L, V or T). */
  private static boolean isOldHangulJamo(int cp) {
    return (cp >= 0x1100 && cp <= 0x11FF)
        || (cp >= 0xA960 && cp <= 0xA97C)
        || (cp >= 0xD7B0 && cp <= 0xD7C6)
        || (cp >= 0xD7CB && cp <= 0xD7FB);
  }

  /** RFC 5892 §2.1: Ll, Lu, Lo, Nd, Lm, Mn, Mc. */
  private static boolean isLetterOrDigit(int type) {
    return type == Character.LOWERCASE_LETTER
        || type == Character.UPPERCASE_LETTER
        || type == Character.OTHER_LETTER
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.MODIFIER_LETTER
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
