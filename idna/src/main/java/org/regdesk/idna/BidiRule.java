package org.regdesk.idna;

/**
 * The Bidi rule of RFC 5893 §2, as registration applies it (RFC 5891 §4.2.3.4): a label holding a
 * right-to-left character (Bidi class R, AL or AN) must satisfy all six conditions. Labels with no
 * such character are not checked, so a name mixing an Arabic label with {@code com} is fine.
 */
final class BidiRule {
  private BidiRule() {}

  /** Whether the label passes; labels without right-to-left characters always do. */
  static boolean allows(int[] label) {
    boolean rightToLeft = false;
    for (int cp : label) {
      byte d = Character.getDirectionality(cp);
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
          || d == Character.DIRECTIONALITY_ARABIC_NUMBER) {
        rightToLeft = true;
        break;
      }
    }
    return !rightToLeft || satisfiesAllConditions(label);
  }

  private static boolean satisfiesAllConditions(int[] label) {
    byte first = Character.getDirectionality(label[0]);
    boolean rtlLabel;
    if (first == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || first == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
      rtlLabel = true;
    } else if (first == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
      rtlLabel = false;
    } else {
      return false; // condition 1
    }
    boolean europeanNumber = false;
    boolean arabicNumber = false;
    for (int cp : label) {
      byte d = Character.getDirectionality(cp);
      if (!(rtlLabel ? allowedInRtl(d) : allowedInLtr(d))) {
        return false; // conditions 2 and 5
      }
      europeanNumber |= d == Character.DIRECTIONALITY_EUROPEAN_NUMBER;
      arabicNumber |= d == Character.DIRECTIONALITY_ARABIC_NUMBER;
    }
    if (rtlLabel && europeanNumber && arabicNumber) {
      return false; // condition 4
    }
    int last = label.length - 1;
    while (last > 0
        && Character.getDirectionality(label[last]) == Character.DIRECTIONALITY_NONSPACING_MARK) {
      last--;
    }
    byte end = Character.getDirectionality(label[last]);
    if (rtlLabel) {
      return end == Character.DIRECTIONALITY_RIGHT_TO_LEFT // condition 3
          || end == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
          || end == Character.DIRECTIONALITY_EUROPEAN_NUMBER
          || end == Character.DIRECTIONALITY_ARABIC_NUMBER;
    }
    return end == Character.DIRECTIONALITY_LEFT_TO_RIGHT // condition 6
        || end == Character.DIRECTIONALITY_EUROPEAN_NUMBER;
  }

  private static boolean allowedInRtl(byte d) {
    return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
        || d == Character.DIRECTIONALITY_ARABIC_NUMBER
        || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER
        || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR
        || d == Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR
        || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR
        || d == Character.DIRECTIONALITY_OTHER_NEUTRALS
        || d == Character.DIRECTIONALITY_BOUNDARY_NEUTRAL
        || d == Character.DIRECTIONALITY_NONSPACING_MARK;
  }

  private static boolean allowedInLtr(byte d) {
    return d == Character.DIRECTIONALITY_LEFT_TO_RIGHT
        || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER
        || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR
        || d == Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR
        || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR
        || d == Character.DIRECTIONALITY_OTHER_NEUTRALS
        || d == Character.DIRECTIONALITY_BOUNDARY_NEUTRAL
        || d == Character.DIRECTIONALITY_NONSPACING_MARK;
  }
}
