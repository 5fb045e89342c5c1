package org.regdesk.dondominio.client.error;

/**
 * Errors 4001–4010: hosting-service operations (not used by this client, mapped for completeness).
 */
public final class ServiceException extends DonDominioApiException {
  /** Creates the exception from what the error response said. */
  public ServiceException(ApiErrorDetails details) {
    super(details);
  }
}
