package org.regdesk.dondominio.client.error;

/**
 * Error 100 and its family: the server found the request malformed. Usually a client or contract
 * mismatch; fix the request rather than retrying it.
 */
public class SyntaxException extends DonDominioApiException {
  /** Creates the exception from what the error response said. */
  public SyntaxException(ApiErrorDetails details) {
    super(details);
  }

  /** Error 101: a parameter is missing or wrong. */
  public static final class ParameterFault extends SyntaxException {
    /** Creates the exception from what the error response said. */
    public ParameterFault(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 105: a parameter has an invalid value or format. */
  public static final class InvalidParameter extends SyntaxException {
    /** Creates the exception from what the error response said. */
    public InvalidParameter(ApiErrorDetails details) {
      super(details);
    }
  }
}
