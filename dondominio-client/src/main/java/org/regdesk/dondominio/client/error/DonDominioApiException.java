package org.regdesk.dondominio.client.error;

import java.util.List;

/**
 * The server answered and refused the request: the response envelope had {@code success:false}.
 *
 * <p>Each error code of the API maps to a subclass in {@link ErrorCodes}; a code the table does not
 * know gives this class itself. The request was processed and rejected, so it is not retried
 * automatically; for writes the server reports no change.
 */
public class DonDominioApiException extends DonDominioException {
  private final ApiErrorDetails details;

  /** Creates the exception from what the error response said. */
  public DonDominioApiException(ApiErrorDetails details) {
    super(details.action(), describe(details), null);
    this.details = details;
  }

  private static String describe(ApiErrorDetails d) {
    StringBuilder text = new StringBuilder();
    text.append(d.action()).append(" failed with error ").append(d.errorCode());
    if (!d.errorCodeMsg().isEmpty()) {
      text.append(" (").append(d.errorCodeMsg()).append(')');
    }
    if (!d.messages().isEmpty()) {
      text.append(": ").append(String.join("; ", d.messages()));
    }
    return text.toString();
  }

  /** The API error code, e.g. {@code 2008}. */
  public int errorCode() {
    return details.errorCode();
  }

  /** The server's short description of the code; wording not guaranteed, may be empty. */
  public String errorCodeMsg() {
    return details.errorCodeMsg();
  }

  /** The server's detail messages, e.g. {@code ["Domain in the system"]}. */
  public List<String> messages() {
    return details.messages();
  }

  /** The server API version the error response reported, possibly empty. */
  public String serverVersion() {
    return details.serverVersion();
  }

  /** All envelope fields of the error. */
  public ApiErrorDetails details() {
    return details;
  }
}
