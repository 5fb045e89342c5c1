package org.regdesk.dondominio.client.error;

/**
 * Errors 5000–5001: SSL-certificate operations (not used by this client, mapped for completeness).
 */
public final class SslException extends DonDominioApiException {
  /** Creates the exception from what the error response said. */
  public SslException(ApiErrorDetails details) {
    super(details);
  }
}
