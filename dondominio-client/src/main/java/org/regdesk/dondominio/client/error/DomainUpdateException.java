package org.regdesk.dondominio.client.error;

/** Error 2200 and its family: the update failed. */
public class DomainUpdateException extends DomainException {
  /** Creates the exception from what the error response said. */
  public DomainUpdateException(ApiErrorDetails details) {
    super(details);
  }

  /** Error 2201: the update is not allowed, e.g. not supported for the TLD. */
  public static final class NotAllowed extends DomainUpdateException {
    /** Creates the exception from what the error response said. */
    public NotAllowed(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 2202: the update is blocked because the modification lock is on. */
  public static final class Blocked extends DomainUpdateException {
    /** Creates the exception from what the error response said. */
    public Blocked(ApiErrorDetails details) {
      super(details);
    }
  }
}
