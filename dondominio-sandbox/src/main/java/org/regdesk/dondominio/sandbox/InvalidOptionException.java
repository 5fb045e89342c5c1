package org.regdesk.dondominio.sandbox;

/** A command-line option the sandbox refuses; the message names the option and never a secret. */
final class InvalidOptionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidOptionException(String message) {
    super(message, null, false, false);
  }
}
