package org.regdesk.app.security;

import java.security.SecureRandom;

/**
 * One-time passwords: 20 characters from an alphabet without look-alikes (no 0/O, 1/l/I), about 110
 * bits, easy to type from a console.
 */
final class PasswordGenerator {

  private static final char[] ALPHABET =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final int LENGTH = 20;

  private final SecureRandom random = new SecureRandom();

  String next() {
    char[] password = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      password[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(password);
  }
}
