package org.regdesk.app.security;

/** A stored secret cannot be decrypted. The message never contains the stored value. */
public final class SecretBoxException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why the value was refused
   */
  public SecretBoxException(String message) {
    super(message);
  }
}
