package org.regdesk.dondominio.client.error;

/**
 * Errors 102–104: the module/action path is not valid, not allowed for this account, or not
 * implemented.
 */
public abstract class ObjectOrActionException extends DonDominioApiException {
  /** Creates the exception from what the error response said. */
  protected ObjectOrActionException(ApiErrorDetails details) {
    super(details);
  }

  /** Error 102: invalid object/action, e.g. an unknown path. */
  public static final class NotValid extends ObjectOrActionException {
    /** Creates the exception from what the error response said. */
    public NotValid(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 103: the object/action is not allowed for this account. */
  public static final class NotAllowed extends ObjectOrActionException {
    /** Creates the exception from what the error response said. */
    public NotAllowed(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 104: the object/action is not implemented. */
  public static final class NotImplemented extends ObjectOrActionException {
    /** Creates the exception from what the error response said. */
    public NotImplemented(ApiErrorDetails details) {
      super(details);
    }
  }
}
