package org.regdesk.app;

/**
 * The root of the errors a desk service throws to its callers, one kind per thing the caller does
 * next. The web layer maps each kind in one place: {@code web.api.ApiExceptionHandler} for the API,
 * {@code web.FormErrors} and the error pages for screens.
 *
 * <p>Messages are for the person using the desk: they name the field or the record, never a secret
 * or personal value.
 */
public abstract sealed class DeskException extends RuntimeException
    permits ValidationException, NotFoundException, ConflictException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, in words a user can read
   */
  protected DeskException(String message) {
    super(message);
  }
}
