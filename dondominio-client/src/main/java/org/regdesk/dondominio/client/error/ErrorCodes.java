package org.regdesk.dondominio.client.error;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The one table that maps every DonDominio API error code to its exception type. A code that is not
 * in the table gives a plain {@link DonDominioApiException}.
 */
public final class ErrorCodes {
  private static final Map<Integer, Function<ApiErrorDetails, DonDominioApiException>> TABLE =
      table();

  private ErrorCodes() {}

  private static Map<Integer, Function<ApiErrorDetails, DonDominioApiException>> table() {
    Map<Integer, Function<ApiErrorDetails, DonDominioApiException>> t = new TreeMap<>();
    t.put(1, UndefinedErrorException::new);
    t.put(100, SyntaxException::new);
    t.put(101, SyntaxException.ParameterFault::new);
    t.put(102, ObjectOrActionException.NotValid::new);
    t.put(103, ObjectOrActionException.NotAllowed::new);
    t.put(104, ObjectOrActionException.NotImplemented::new);
    t.put(105, SyntaxException.InvalidParameter::new);
    t.put(200, AccountAccessException.LoginRequired::new);
    t.put(201, AccountAccessException.LoginInvalid::new);
    t.put(210, AccountAccessException.SessionInvalid::new);
    t.put(300, ActionNotAllowedException::new);
    t.put(1000, AccountAccessException.Blocked::new);
    t.put(1001, AccountAccessException.Deleted::new);
    t.put(1002, AccountAccessException.Inactive::new);
    t.put(1003, AccountAccessException.NotExists::new);
    t.put(1004, AccountAccessException.InvalidPassword::new);
    t.put(1005, AccountAccessException.InvalidPassword::new);
    t.put(1006, AccountAccessException.Blocked::new);
    t.put(1007, AccountAccessException.Filtered::new);
    t.put(1009, AccountAccessException.InvalidPassword::new);
    t.put(1010, AccountAccessException.Blocked::new);
    t.put(1011, AccountAccessException.Blocked::new);
    t.put(1012, AccountAccessException.Blocked::new);
    t.put(1013, AccountAccessException.Blocked::new);
    t.put(1014, AccountAccessException.Filtered::new);
    t.put(1030, AccountAccessException.Banned::new);
    t.put(1100, InsufficientBalanceException::new);
    t.put(2001, DomainException.InvalidName::new);
    t.put(2002, DomainException.TldNotSupported::new);
    t.put(2003, DomainException.TldUnderMaintenance::new);
    t.put(2004, DomainException.CheckError::new);
    t.put(2005, DomainException.TransferNotAllowed::new);
    t.put(2006, DomainException.WhoisNotAllowed::new);
    t.put(2007, DomainException.WhoisError::new);
    t.put(2008, DomainNotFoundException::new);
    t.put(2009, DomainCreateException::new);
    t.put(2010, DomainCreateException.Taken::new);
    t.put(2011, DomainCreateException.Premium::new);
    t.put(2012, DomainException.TransferError::new);
    t.put(2100, DomainRenewException::new);
    t.put(2101, DomainRenewException.NotAllowed::new);
    t.put(2102, DomainRenewException.Blocked::new);
    t.put(2200, DomainUpdateException::new);
    t.put(2201, DomainUpdateException.NotAllowed::new);
    t.put(2202, DomainUpdateException.Blocked::new);
    t.put(2210, DomainException.OwnerVerificationStatus::new);
    t.put(3001, ContactException.NotFound::new);
    t.put(3002, ContactException.DataError::new);
    t.put(3003, ContactException.VerificationStatus::new);
    for (int code = 3500; code <= 3502; code++) {
      t.put(code, UserException::new);
    }
    for (int code = 4001; code <= 4010; code++) {
      t.put(code, ServiceException::new);
    }
    t.put(5000, SslException::new);
    t.put(5001, SslException::new);
    t.put(10001, WebConstructorException::new);
    return Map.copyOf(t);
  }

  /** The exception for an error response; unknown codes give {@link DonDominioApiException}. */
  public static DonDominioApiException toException(ApiErrorDetails details) {
    return TABLE.getOrDefault(details.errorCode(), DonDominioApiException::new).apply(details);
  }

  /** Whether the table knows the code. */
  public static boolean isKnown(int errorCode) {
    return TABLE.containsKey(errorCode);
  }
}
