package org.regdesk.dondominio.client.value;

import org.regdesk.dondominio.client.error.InvalidRequestValueException;

/**
 * A domain's transfer authorisation code (EPP code). A secret: {@link #toString()} never shows it;
 * read it deliberately with {@link #reveal()}.
 */
public final class AuthCode {
  private static final int MAX_LENGTH = 255;
  private final String value;

  private AuthCode(String value) {
    this.value = value;
  }

  /**
   * Wraps an auth code.
   *
   * @throws InvalidRequestValueException if it is empty, too long or has control characters; the
   *     message does not repeat the code
   */
  public static AuthCode of(String value) {
    if (value == null || value.isEmpty()) {
      throw new InvalidRequestValueException("authcode", "is required");
    }
    if (value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidRequestValueException(
          "authcode", "must be at most " + MAX_LENGTH + " characters without control characters");
    }
    return new AuthCode(value);
  }

  /** The code itself, for sending to the registrar or showing to its owner. */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AuthCode && ((AuthCode) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "AuthCode[****]";
  }
}
