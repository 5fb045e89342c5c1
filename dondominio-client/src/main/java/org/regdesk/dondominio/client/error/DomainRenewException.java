package org.regdesk.dondominio.client.error;

/**
 * Error 2100 and its family: the renewal failed, e.g. {@code curExpDate} did not match the current
 * expiry date.
 */
public class DomainRenewException extends DomainException {
  /** Creates the exception from what the error response said. */
  public DomainRenewException(ApiErrorDetails details) {
    super(details);
  }

  /** Error 2101: the domain cannot be renewed now. */
  public static final class NotAllowed extends DomainRenewException {
    /** Creates the exception from what the error response said. */
    public NotAllowed(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 2102: renewal is blocked. */
  public static final class Blocked extends DomainRenewException {
    /** Creates the exception from what the error response said. */
    public Blocked(ApiErrorDetails details) {
      super(details);
    }
  }
}
