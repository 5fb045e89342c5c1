package org.regdesk.dondominio.client.error;

/** Error 2009 and its family: the registration failed. */
public class DomainCreateException extends DomainException {
  /** Creates the exception from what the error response said. */
  public DomainCreateException(ApiErrorDetails details) {
    super(details);
  }

  /** Error 2010: the domain is already registered. */
  public static final class Taken extends DomainCreateException {
    /** Creates the exception from what the error response said. */
    public Taken(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 2011: the domain is premium; create it with the premium flag set. */
  public static final class Premium extends DomainCreateException {
    /** Creates the exception from what the error response said. */
    public Premium(ApiErrorDetails details) {
      super(details);
    }
  }
}
