package org.regdesk.dondominio.client.error;

/** Error 2008: the domain is not in this account (never was, or transferred away, or deleted). */
public final class DomainNotFoundException extends DomainException {
  /** Creates the exception from what the error response said. */
  public DomainNotFoundException(ApiErrorDetails details) {
    super(details);
  }
}
