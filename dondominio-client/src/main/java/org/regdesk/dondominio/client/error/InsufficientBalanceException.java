package org.regdesk.dondominio.client.error;

/**
 * Error 1100: the prepaid balance does not cover the charge of a create, transfer or renew. Nothing
 * was charged or changed; top up the account and try again.
 */
public final class InsufficientBalanceException extends DonDominioApiException {
  /** Creates the exception from what the error response said. */
  public InsufficientBalanceException(ApiErrorDetails details) {
    super(details);
  }
}
