package org.regdesk.dondominio.client.error;

/** Error 300: the action is not allowed. */
public final class ActionNotAllowedException extends DonDominioApiException {
  /** Creates the exception from what the error response said. */
  public ActionNotAllowedException(ApiErrorDetails details) {
    super(details);
  }
}
