package org.regdesk.dondominio.client.error;

/**
 * Errors 200–210 and 1000–1030: the credentials were refused or the account cannot use the API
 * (wrong user or password, blocked, filtered, e.g. a caller IP not registered for the account).
 * Retrying does not help and repeated failures can get the account blocked; fix the configuration.
 */
public abstract class AccountAccessException extends DonDominioApiException {
  /** Creates the exception from what the error response said. */
  protected AccountAccessException(ApiErrorDetails details) {
    super(details);
  }

  /** Error 200: login required. */
  public static final class LoginRequired extends AccountAccessException {
    /** Creates the exception from what the error response said. */
    public LoginRequired(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 201: login invalid. */
  public static final class LoginInvalid extends AccountAccessException {
    /** Creates the exception from what the error response said. */
    public LoginInvalid(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 210: session invalid. */
  public static final class SessionInvalid extends AccountAccessException {
    /** Creates the exception from what the error response said. */
    public SessionInvalid(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Errors 1000, 1006, 1010–1013: the account is blocked (e.g. after abuse or too many errors). */
  public static final class Blocked extends AccountAccessException {
    /** Creates the exception from what the error response said. */
    public Blocked(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 1001: the account is deleted. */
  public static final class Deleted extends AccountAccessException {
    /** Creates the exception from what the error response said. */
    public Deleted(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 1002: the account is inactive. */
  public static final class Inactive extends AccountAccessException {
    /** Creates the exception from what the error response said. */
    public Inactive(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 1003: no account with this API user name. */
  public static final class NotExists extends AccountAccessException {
    /** Creates the exception from what the error response said. */
    public NotExists(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Errors 1004, 1005, 1009: wrong API password. */
  public static final class InvalidPassword extends AccountAccessException {
    /** Creates the exception from what the error response said. */
    public InvalidPassword(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Errors 1007, 1014: the account is filtered, e.g. the caller's IP address is not registered. */
  public static final class Filtered extends AccountAccessException {
    /** Creates the exception from what the error response said. */
    public Filtered(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 1030: the account is banned. */
  public static final class Banned extends AccountAccessException {
    /** Creates the exception from what the error response said. */
    public Banned(ApiErrorDetails details) {
      super(details);
    }
  }
}
