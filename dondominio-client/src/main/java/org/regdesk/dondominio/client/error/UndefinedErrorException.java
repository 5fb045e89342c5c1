package org.regdesk.dondominio.client.error;

/** Error 1, "undefined error": the server failed without saying why. */
public final class UndefinedErrorException extends DonDominioApiException {
  /** Creates the exception from what the error response said. */
  public UndefinedErrorException(ApiErrorDetails details) {
    super(details);
  }
}
