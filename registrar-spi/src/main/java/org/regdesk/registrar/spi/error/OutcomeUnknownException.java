package org.regdesk.registrar.spi.error;

/**
 * The request may have taken effect: it was sent, and the answer was lost (connection dropped, read
 * timed out, unreadable reply). Before anything else the caller looks the domain up ({@code
 * getDomain}); a domain that is now in the account counts as done. A charged operation (register,
 * transfer, renew) is never sent again blindly.
 */
public final class OutcomeUnknownException extends RegistrarException {

  /**
   * The outcome is unknown.
   *
   * @param detail what happened, for staff
   * @param cause the underlying failure, or null
   */
  public OutcomeUnknownException(String detail, Throwable cause) {
    super(detail, null, cause);
  }

  @Override
  public RegistrarErrorKind kind() {
    return RegistrarErrorKind.OUTCOME_UNKNOWN;
  }
}
