package org.regdesk.app;

/**
 * The request is well-formed but clashes with what is stored (HTTP 409): a duplicate TLD, deleting
 * a custom field that still holds values, revoking a token twice.
 */
public final class ConflictException extends DeskException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what clashes, e.g. {@code "TLD .com already exists"}
   */
  public ConflictException(String message) {
    super(message);
  }
}
