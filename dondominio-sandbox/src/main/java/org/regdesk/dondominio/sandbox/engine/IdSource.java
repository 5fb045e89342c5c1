package org.regdesk.dondominio.sandbox.engine;

/**
 * The sandbox's only source of randomness (auth codes, contact ID letters): a SplitMix64 sequence
 * from the configured seed. Its position is part of the state file, so a restored sandbox goes on
 * drawing the same values it would have drawn.
 */
final class IdSource {
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  // symbols a form encoder must escape ('+' and '#') are there on purpose
  private static final String AUTHCODE_CHARS =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789#*+-";
  private static final int AUTHCODE_LENGTH = 14;

  private final long seed;
  private long position;

  IdSource(long seed, long position) {
    this.seed = seed;
    this.position = position;
  }

  long seed() {
    return seed;
  }

  long position() {
    return position;
  }

  long nextLong() {
    position++;
    long z = seed + position * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  int nextInt(int bound) {
    return (int) Math.floorMod(nextLong(), (long) bound);
  }

  String letters(int count) {
    StringBuilder sb = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      sb.append(LETTERS.charAt(nextInt(LETTERS.length())));
    }
    return sb.toString();
  }

  String authcode() {
    StringBuilder sb = new StringBuilder(AUTHCODE_LENGTH);
    for (int i = 0; i < AUTHCODE_LENGTH; i++) {
      sb.append(AUTHCODE_CHARS.charAt(nextInt(AUTHCODE_CHARS.length())));
    }
    return sb.toString();
  }
}
