package org.regdesk.idna;

import java.lang.Character.UnicodeScript;

/** The context rules of RFC 5892 Appendix A, for the CONTEXTJ and CONTEXTO code points. */
final class ContextRules {
  private static final int ZWNJ = 0x200C;
  private static final int ZWJ = 0x200D;

  private ContextRules() {}

  /**
   * Whether the code point at {@code index} of {@code label} may stand where it does.
   *
   * @param label the label's code points
   * @param index the position of a CONTEXTJ or CONTEXTO code point
   */
  static boolean allows(int[] label, int index) {
    int cp = label[index];
    if (cp == ZWNJ) {
      return followsVirama(label, index) || joinsBothSides(label, index);
    }
    if (cp == ZWJ) {
      return followsVirama(label, index);
    }
    if (cp == 0x00B7) {
      // MIDDLE DOT: only between two l, as in the Catalan l·l
      return index > 0
          && index < label.length - 1
          && label[index - 1] == 'l'
          && label[index + 1] == 'l';
    }
    if (cp == 0x0375) {
      // GREEK LOWER NUMERAL SIGN (KERAIA): followed by a Greek character
      return index < label.length - 1 && UnicodeScript.of(label[index + 1]) == UnicodeScript.GREEK;
    }
    if (cp == 0x05F3 || cp == 0x05F4) {
      // HEBREW PUNCTUATION GERESH and GERSHAYIM: after a Hebrew character
      return index > 0 && UnicodeScript.of(label[index - 1]) == UnicodeScript.HEBREW;
    }
    if (cp == 0x30FB) {
      // KATAKANA MIDDLE DOT: in a label with some Hiragana, Katakana or Han (not itself)
      for (int other : label) {
        if (other != 0x30FB && isJapanese(other)) {
          return true;
        }
      }
      return false;
    }
    if (cp >= 0x0660 && cp <= 0x0669) {
      // ARABIC-INDIC DIGITS: never mixed with EXTENDED ARABIC-INDIC DIGITS
      return !containsInRange(label, 0x06F0, 0x06F9);
    }
    if (cp >= 0x06F0 && cp <= 0x06F9) {
      return !containsInRange(label, 0x0660, 0x0669);
    }
    return false;
  }

  private static boolean followsVirama(int[] label, int index) {
    return index > 0 && UnicodeTables.contains(UnicodeTables.VIRAMA, label[index - 1]);
  }

  /**
   * The ZWNJ joining rule: a left- or dual-joining character before it and a right- or dual-joining
   * one after it, transparent characters skipped on both sides.
   */
  private static boolean joinsBothSides(int[] label, int index) {
    int before = index - 1;
    while (before >= 0 && JoiningType.of(label[before]) == JoiningType.TRANSPARENT) {
      before--;
    }
    int after = index + 1;
    while (after < label.length && JoiningType.of(label[after]) == JoiningType.TRANSPARENT) {
      after++;
    }
    if (before < 0 || after >= label.length) {
      return false;
    }
    JoiningType left = JoiningType.of(label[before]);
    JoiningType right = JoiningType.of(label[after]);
    return (left == JoiningType.LEFT_JOINING || left == JoiningType.DUAL_JOINING)
        && (right == JoiningType.RIGHT_JOINING || right == JoiningType.DUAL_JOINING);
  }

  private static boolean isJapanese(int cp) {
    UnicodeScript script = UnicodeScript.of(cp);
    return script == UnicodeScript.HIRAGANA
        || script == UnicodeScript.KATAKANA
        || script == UnicodeScript.HAN;
  }

  private static boolean containsInRange(int[] label, int first, int last) {
    for (int cp : label) {
      if (cp >= first && cp <= last) {
        return true;
      }
    }
    return false;
  }
}
