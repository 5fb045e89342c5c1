package org.regdesk.dondominio.client.error;

/** Errors 3500–3502: sub-user operations (not used by this client, mapped for completeness). */
public final class UserException extends DonDominioApiException {
  /** Creates the exception from what the error response said. */
  public UserException(ApiErrorDetails details) {
    super(details);
  }
}
