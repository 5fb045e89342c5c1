package org.regdesk.dondominio.sandbox;

/**
 * A {@code --state} file that exists but cannot be used: unreadable, not JSON, not a sandbox state.
 * The sandbox refuses to start rather than silently start empty. The message is one line and never
 * quotes the file's content.
 */
public final class StateFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StateFileException(String message) {
    super(message);
  }
}
