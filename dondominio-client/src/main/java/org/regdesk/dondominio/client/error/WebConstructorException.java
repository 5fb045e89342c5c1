package org.regdesk.dondominio.client.error;

/** Error 10001: web-constructor operations (not used by this client, mapped for completeness). */
public final class WebConstructorException extends DonDominioApiException {
  /** Creates the exception from what the error response said. */
  public WebConstructorException(ApiErrorDetails details) {
    super(details);
  }
}
