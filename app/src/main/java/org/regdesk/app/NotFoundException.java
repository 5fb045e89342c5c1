package org.regdesk.app;

/** The record asked for does not exist (HTTP 404). */
public final class NotFoundException extends DeskException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which record, e.g. {@code "API token 12 does not exist"}
   */
  public NotFoundException(String message) {
    super(message);
  }
}
