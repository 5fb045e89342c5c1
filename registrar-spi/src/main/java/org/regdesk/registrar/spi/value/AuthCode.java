package org.regdesk.registrar.spi.value;

import org.regdesk.registrar.spi.internal.Require;

/**
 * The authorisation ("EPP" or transfer) code that proves the right to move a domain. A secret:
 * {@link #toString()} never shows it, so string concatenation, logs and exception messages stay
 * clean. Read it with {@link #value()} only where it is sent to the registrar or deliberately shown
 * to an authorised person.
 *
 * @param value the code, 1–255 characters without control characters; surrounding white space (a
 *     common copy-and-paste slip) is removed
 */
public record AuthCode(String value) {

  /**
   * Checks the code.
   *
   * @param value the code, 1–255 characters without control characters; surrounding white space (a
   *     common copy-and-paste slip) is removed
   */
  public AuthCode {
    value = Require.line("authCode", value, 255);
  }

  /**
   * An auth code from text.
   *
   * @param value the code as typed
   * @return the auth code
   * @throws InvalidValueException naming the field {@code authCode}, without repeating the code
   */
  public static AuthCode of(String value) {
    return new AuthCode(value);
  }

  /** Returns a fixed mask, never the code. */
  @Override
  public String toString() {
    return "AuthCode[****]";
  }
}
