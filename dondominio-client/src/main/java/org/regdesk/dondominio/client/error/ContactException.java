package org.regdesk.dondominio.client.error;

/** Errors 3001–3003: a contact operation was refused. */
public abstract class ContactException extends DonDominioApiException {
  /** Creates the exception from what the error response said. */
  protected ContactException(ApiErrorDetails details) {
    super(details);
  }

  /** Error 3001: no contact with this ID. */
  public static final class NotFound extends ContactException {
    /** Creates the exception from what the error response said. */
    public NotFound(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 3002: the contact data was refused. */
  public static final class DataError extends ContactException {
    /** Creates the exception from what the error response said. */
    public DataError(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 3003: the contact's verification status forbids the operation. */
  public static final class VerificationStatus extends ContactException {
    /** Creates the exception from what the error response said. */
    public VerificationStatus(ApiErrorDetails details) {
      super(details);
    }
  }
}
