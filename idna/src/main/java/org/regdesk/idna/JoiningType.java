package org.regdesk.idna;

/** The Unicode joining type of a code point, as far as the ZWNJ context rule asks it. */
enum JoiningType {
  DUAL_JOINING,
  RIGHT_JOINING,
  LEFT_JOINING,
  JOIN_CAUSING,
  TRANSPARENT,
  NON_JOINING;

  static JoiningType of(int codePoint) {
    if (UnicodeTables.contains(UnicodeTables.DUAL_JOINING, codePoint)) {
      return DUAL_JOINING;
    }
    if (UnicodeTables.contains(UnicodeTables.RIGHT_JOINING, codePoint)) {
      return RIGHT_JOINING;
    }
    if (UnicodeTables.contains(UnicodeTables.LEFT_JOINING, codePoint)) {
      return LEFT_JOINING;
    }
    if (UnicodeTables.contains(UnicodeTables.JOIN_CAUSING, codePoint)) {
      return JOIN_CAUSING;
    }
    return isTransparent(codePoint) ? TRANSPARENT : NON_JOINING;
  }

  /**
   * ArabicShaping.txt leaves most transparent characters unlisted: marks (Mn, Me) and format
   * characters (Cf) are transparent unless listed otherwise. These are the listed exceptions.
   */
  private static boolean isTransparent(int codePoint) {
    switch (codePoint) {
      case 0x0600,
          0x0601,
          0x0602,
          0x0603,
          0x0604,
          0x0605,
          0x06DD,
          0x0890,
          0x0891,
          0x08E2,
          0x180E,
          0x200C,
          0x2066,
          0x2067,
          0x2068,
          0x2069,
          0x110BD,
          0x110CD -> {
        return false;
      }
      case 0x1E94B -> {
        return true; // ADLAM NASALIZATION MARK, a modifier letter listed as transparent
      }
      default -> {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
            || type == Character.ENCLOSING_MARK
            || type == Character.FORMAT;
      }
    }
  }
}
