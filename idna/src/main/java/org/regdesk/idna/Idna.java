package org.regdesk.idna;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Internationalised domain names under IDNA2008 (RFC 5890-5893): one label or a whole name
 * converted to its ASCII form ({@code xn--} A-labels) and back to Unicode (U-labels), refusing what
 * IDNA2008 does not allow. Every Regdesk module converts names here, so the desk, the plugin and
 * the sandbox agree on what a name is.
 *
 * <p><b>Why not {@link java.net.IDN}:</b> it implements IDNA2003, which silently <em>maps</em>
 * names: {@code straße.de} becomes {@code strasse.de}, {@code ς} becomes {@code σ}, the joiners ZWJ
 * and ZWNJ are dropped. Those are different domains, so an order for one would register the other.
 * Registries such as DENIC (.de) and most gTLDs follow IDNA2008, where {@code ß} is a letter of its
 * own ({@code xn--strae-oqa.de}). {@link java.net.IDN} also refuses such A-labels.
 *
 * <p><b>What is mapped:</b> input is lower-cased (Unicode rules, {@link Locale#ROOT}; Cherokee,
 * which folds to capitals, to capitals) and put in normalisation form C, as RFC 5895 suggests for
 * names people type; the ideographic full stops {@code 。．｡} separate labels like {@code .}. Nothing
 * else is mapped: any other character IDNA2008 disallows (upper case after mapping, symbols,
 * spaces, full-width letters) is refused, so the name checked is the name registered.
 *
 * <p><b>What is checked</b>, per label:
 *
 * <ul>
 *   <li>ASCII labels: letters, digits and hyphens only; no hyphen first or last; no {@code --} in
 *       the third and fourth positions unless the label starts with {@code xn--}.
 *   <li>{@code xn--} labels: valid Punycode that decodes to a non-ASCII U-label in form C which
 *       passes every rule below, and re-encodes to exactly the same label.
 *   <li>Unicode labels: every code point PVALID by the RFC 5892 algorithm (computed from the JDK's
 *       Unicode data); CONTEXTJ (ZWNJ, ZWJ) and CONTEXTO characters (middle dot, Greek keraia,
 *       Hebrew geresh and gershayim, katakana middle dot, Arabic-Indic digits) only where their
 *       Appendix A rule holds; no combining mark first; the hyphen rules above; the Bidi rule of
 *       RFC 5893 for labels holding right-to-left characters.
 *   <li>Every label at most 63 characters and the name at most 253 characters in ASCII form.
 * </ul>
 *
 * <p>Names here are plain sequences of labels: a trailing root dot is an empty label and is
 * refused, and how many labels a name needs, or which suffix it ends in, is the caller's rule.
 */
public final class Idna {
  /** The longest label the DNS allows, in ASCII form. */
  public static final int MAX_LABEL_LENGTH = 63;

  /** The longest name the DNS allows, in ASCII form, without the root dot. */
  public static final int MAX_NAME_LENGTH = 253;

  private static final String ACE_PREFIX = "xn--";

  /**
   * Input longer than this many times the limit is refused before any work: even decomposed
   * characters that form C composes cannot shrink it enough to fit (and Punycode's cost grows with
   * the square of the length).
   */
  private static final int MAX_INPUT_FACTOR = 4;

  private Idna() {}

  /**
   * Converts a name to its lower-case ASCII form, e.g. {@code Straße.DE} to {@code
   * xn--strae-oqa.de}.
   *
   * @param name the name, in Unicode, ASCII or a mix of both
   * @return the ASCII form
   * @throws IdnaException naming the rule the name breaks
   */
  public static String toAscii(String name) {
    List<String> labels = labels(name);
    List<String> ascii = new ArrayList<>(labels.size());
    int length = labels.size() - 1;
    for (String label : labels) {
      String converted = labelToAscii(label);
      length += converted.length();
      ascii.add(converted);
    }
    if (length > MAX_NAME_LENGTH) {
      throw new IdnaException(IdnaViolation.NAME_TOO_LONG);
    }
    return String.join(".", ascii);
  }

  /**
   * Converts a name to its Unicode form, e.g. {@code xn--strae-oqa.de} to {@code straße.de},
   * checking it exactly as {@link #toAscii} does.
   *
   * @param name the name, in Unicode, ASCII or a mix of both
   * @return the Unicode form: lower case, form C, {@code xn--} labels decoded
   * @throws IdnaException naming the rule the name breaks
   */
  public static String toUnicode(String name) {
    String ascii = toAscii(name);
    List<String> unicode = new ArrayList<>();
    for (String label : ascii.split("\\.", -1)) {
      unicode.add(
          isAceLabel(label) ? Punycode.decode(label.substring(ACE_PREFIX.length())) : label);
    }
    return String.join(".", unicode);
  }

  /**
   * Splits a name into its labels at {@code .} and the ideographic full stops, without converting
   * them.
   *
   * @param name the name
   * @return the labels, in order
   * @throws IdnaException ({@link IdnaViolation#EMPTY_LABEL}) for an empty name or label, or
   *     ({@link IdnaViolation#NAME_TOO_LONG}) for a name that cannot fit in 253 characters
   */
  public static List<String> labels(String name) {
    if (name.codePointCount(0, name.length()) > MAX_INPUT_FACTOR * MAX_NAME_LENGTH) {
      throw new IdnaException(IdnaViolation.NAME_TOO_LONG);
    }
    String dotted = name.replace('\u3002', '.').replace('\uFF0E', '.').replace('\uFF61', '.');
    List<String> labels = new ArrayList<>();
    for (String label : dotted.split("\\.", -1)) {
      if (label.isEmpty()) {
        throw new IdnaException(IdnaViolation.EMPTY_LABEL);
      }
      labels.add(label);
    }
    return labels;
  }

  /**
   * Converts one label to its lower-case ASCII form: an ASCII label as it is, a Unicode label as an
   * {@code xn--} A-label.
   *
   * @param label the label, without dots
   * @return the ASCII label
   * @throws IdnaException naming the rule the label breaks
   */
  public static String labelToAscii(String label) {
    if (label.isEmpty()) {
      throw new IdnaException(IdnaViolation.EMPTY_LABEL);
    }
    if (label.codePointCount(0, label.length()) > MAX_INPUT_FACTOR * MAX_LABEL_LENGTH) {
      throw new IdnaException(IdnaViolation.LABEL_TOO_LONG);
    }
    String mapped = map(label);
    if (isAscii(mapped)) {
      checkAsciiLabel(mapped);
      return mapped;
    }
    int[] codePoints = mapped.codePoints().toArray();
    checkUnicodeLabel(codePoints);
    String ascii = ACE_PREFIX + Punycode.encode(mapped);
    if (ascii.length() > MAX_LABEL_LENGTH) {
      throw new IdnaException(IdnaViolation.LABEL_TOO_LONG);
    }
    return ascii;
  }

  /**
   * Converts one label to its Unicode form: an {@code xn--} label decoded, any other label mapped
   * (lower case, form C) and checked exactly as {@link #labelToAscii} does.
   *
   * @param label the label, without dots
   * @return the U-label, or the ASCII label itself when it is not an {@code xn--} label
   * @throws IdnaException naming the rule the label breaks
   */
  public static String labelToUnicode(String label) {
    String ascii = labelToAscii(label);
    return isAceLabel(ascii) ? Punycode.decode(ascii.substring(ACE_PREFIX.length())) : map(label);
  }

  /**
   * RFC 5895's mapping, less the width mapping: lower case, then form C. Cherokee is the one script
   * whose letters fold to capitals (only they are PVALID), so it goes the other way.
   */
  private static String map(String label) {
    String lower = label.toLowerCase(Locale.ROOT);
    if (isAscii(lower)) {
      return lower;
    }
    StringBuilder folded = new StringBuilder(lower.length());
    lower
        .codePoints()
        .forEach(
            cp -> {
              if (cp >= 0xAB70 && cp <= 0xABBF) {
                folded.appendCodePoint(cp - 0xAB70 + 0x13A0);
              } else if (cp >= 0x13F8 && cp <= 0x13FD) {
                folded.appendCodePoint(cp - 8);
              } else {
                folded.appendCodePoint(cp);
              }
            });
    return Normalizer.normalize(folded, Normalizer.Form.NFC);
  }

  private static void checkAsciiLabel(String label) {
    if (label.length() > MAX_LABEL_LENGTH) {
      throw new IdnaException(IdnaViolation.LABEL_TOO_LONG);
    }
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        throw new IdnaException(IdnaViolation.DISALLOWED_CHARACTER, c);
      }
    }
    checkHyphens(label.codePoints().toArray(), isAceLabel(label));
    if (isAceLabel(label)) {
      checkAceLabel(label);
    }
  }

  /** An A-label must decode to a valid U-label that encodes back to exactly itself. */
  private static void checkAceLabel(String label) {
    String unicode = Punycode.decode(label.substring(ACE_PREFIX.length()));
    if (isAscii(unicode)) {
      // an ASCII name's canonical form is itself; such labels end in the Punycode delimiter, so
      // the hyphen rule has refused them already
      throw new IdnaException(IdnaViolation.NOT_CANONICAL);
    }
    if (!Normalizer.isNormalized(unicode, Normalizer.Form.NFC)) {
      throw new IdnaException(IdnaViolation.NOT_NFC);
    }
    checkUnicodeLabel(unicode.codePoints().toArray());
    if (!(ACE_PREFIX + Punycode.encode(unicode)).equals(label)) {
      throw new IdnaException(IdnaViolation.NOT_CANONICAL);
    }
  }

  /** RFC 5891 §5.4: the checks on a U-label, which is already lower case and in form C. */
  private static void checkUnicodeLabel(int[] label) {
    checkHyphens(label, false);
    int first = Character.getType(label[0]);
    if (first == Character.NON_SPACING_MARK
        || first == Character.COMBINING_SPACING_MARK
        || first == Character.ENCLOSING_MARK) {
      throw new IdnaException(IdnaViolation.LEADING_COMBINING_MARK, label[0]);
    }
    for (int i = 0; i < label.length; i++) {
      switch (CodePointClass.of(label[i])) {
        case PVALID -> {}
        case CONTEXTJ, CONTEXTO -> {
          if (!ContextRules.allows(label, i)) {
            throw new IdnaException(IdnaViolation.CONTEXT_RULE, label[i]);
          }
        }
        case DISALLOWED, UNASSIGNED ->
            throw new IdnaException(IdnaViolation.DISALLOWED_CHARACTER, label[i]);
      }
    }
    if (!BidiRule.allows(label)) {
      throw new IdnaException(IdnaViolation.BIDI_RULE);
    }
  }

  /**
   * No hyphen first or last, and no {@code --} in the third and fourth positions, which are
   * reserved for label encodings: only an ASCII label may use them, and only for {@code xn--}.
   */
  private static void checkHyphens(int[] label, boolean aceLabel) {
    if (label[0] == '-' || label[label.length - 1] == '-') {
      throw new IdnaException(IdnaViolation.HYPHEN_AT_START_OR_END);
    }
    if (!aceLabel && label.length >= 4 && label[2] == '-' && label[3] == '-') {
      throw new IdnaException(IdnaViolation.RESERVED_HYPHENS);
    }
  }

  private static boolean isAceLabel(String label) {
    return label.startsWith(ACE_PREFIX);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
