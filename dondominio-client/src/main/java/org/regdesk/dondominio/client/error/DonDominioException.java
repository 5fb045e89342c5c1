package org.regdesk.dondominio.client.error;

/**
 * Root of every failure of a call through the DonDominio client: the server refused the request
 * ({@link DonDominioApiException} and its subclasses) or the exchange itself failed ({@link
 * DonDominioTransportException}). Invalid request values are rejected earlier, while the request is
 * built, with {@link InvalidRequestValueException}.
 *
 * <p>Messages never contain the API password or auth codes.
 */
public abstract class DonDominioException extends RuntimeException {
  private final String action;

  /**
   * Creates the exception.
   *
   * @param action the API action, e.g. {@code domain/create}
   * @param message the message, already free of secrets
   * @param cause the underlying failure, or {@code null}
   */
  protected DonDominioException(String action, String message, Throwable cause) {
    super(message, cause);
    this.action = action;
  }

  /** The API action that failed, e.g. {@code domain/create}. */
  public String action() {
    return action;
  }
}
