package org.regdesk.app.security;

/**
 * The secret key cannot be used, so the desk refuses to start: a malformed {@code
 * REGDESK_SECRET_KEY}, a key file other users can read, or a key file that cannot be created. The
 * message says what to do and never holds key material.
 */
public final class SecretKeyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and how to fix it
   */
  public SecretKeyException(String message) {
    super(message);
  }
}
