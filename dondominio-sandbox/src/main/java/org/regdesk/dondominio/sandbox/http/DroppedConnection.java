package org.regdesk.dondominio.sandbox.http;

import java.io.IOException;

/**
 * Thrown out of a handler to close the connection without any answer. The JDK server closes the
 * connection of an exchange whose handler fails before sending headers, and cleans up after it,
 * which closing the exchange by hand does not fully do.
 */
final class DroppedConnection extends IOException {
  private static final long serialVersionUID = 1L;

  DroppedConnection() {
    super("connection dropped on purpose");
  }

  /** Expected, so no stack trace is worth its cost. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
