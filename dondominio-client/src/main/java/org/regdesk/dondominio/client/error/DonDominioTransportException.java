package org.regdesk.dondominio.client.error;

import java.util.OptionalInt;

/**
 * The exchange with the server failed, so there is no API answer: the connection failed, timed out
 * or broke, the server answered with a non-200 HTTP status, or the body was not a valid API
 * response.
 *
 * <p>{@link #mayHaveReachedServer()} says whether the server may have received and acted on the
 * request. When it is {@code true} after a write (create, transfer, renew, update …), the outcome
 * is unknown: look the domain up before trying again, because the client never resends writes.
 */
public final class DonDominioTransportException extends DonDominioException {

  /** What went wrong. */
  public enum Kind {
    /**
     * The connection could not be opened (refused, unresolvable host, TLS handshake, connect
     * timeout); the request was not sent.
     */
    CONNECT_FAILED(false),
    /** No complete answer within the request timeout. */
    TIMEOUT(true),
    /** The connection broke after the request was sent (reset, closed early). */
    CONNECTION_LOST(true),
    /** The server answered with an HTTP status other than 200. */
    HTTP_STATUS(true),
    /** The body was not JSON or not an API response envelope. */
    MALFORMED_BODY(true),
    /** A successful response whose data lacked fields this action needs. */
    UNEXPECTED_RESPONSE_DATA(true),
    /** The calling thread was interrupted while waiting. */
    INTERRUPTED(true);

    private final boolean mayHaveReachedServer;

    Kind(boolean mayHaveReachedServer) {
      this.mayHaveReachedServer = mayHaveReachedServer;
    }

    /** Whether a failure of this kind leaves open that the server acted on the request. */
    public boolean mayHaveReachedServer() {
      return mayHaveReachedServer;
    }
  }

  private final Kind kind;
  private final int httpStatus;
  private final int attempts;
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param action the API action
   * @param kind what went wrong
   * @param httpStatus the HTTP status for {@link Kind#HTTP_STATUS}, otherwise 0
   * @param detail a short description, free of secrets
   * @param attempts how many times the request was tried
   * @param cause the underlying failure, or {@code null}
   */
  public DonDominioTransportException(
      String action, Kind kind, int httpStatus, String detail, int attempts, Throwable cause) {
    super(action, describe(action, kind, httpStatus, detail, attempts), cause);
    this.kind = kind;
    this.httpStatus = httpStatus;
    this.attempts = attempts;
    this.detail = detail == null ? "" : detail;
  }

  /** The short description of the failure, without action, kind or attempt count. */
  public String detail() {
    return detail;
  }

  private static String describe(
      String action, Kind kind, int httpStatus, String detail, int attempts) {
    StringBuilder text = new StringBuilder(action).append(": ");
    text.append(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    if (kind == Kind.HTTP_STATUS) {
      text.append(' ').append(httpStatus);
    }
    if (detail != null && !detail.isEmpty()) {
      text.append(" (").append(detail).append(')');
    }
    text.append(
        kind.mayHaveReachedServer()
            ? "; the request may have reached the server"
            : "; the request did not reach the server");
    text.append(attempts == 1 ? " [1 attempt]" : " [" + attempts + " attempts]");
    return text.toString();
  }

  /** What went wrong. */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether the server may have received and acted on the request. {@code false} only when the
   * connection was never established.
   */
  public boolean mayHaveReachedServer() {
    return kind.mayHaveReachedServer();
  }

  /** The HTTP status, for {@link Kind#HTTP_STATUS}. */
  public OptionalInt httpStatus() {
    return kind == Kind.HTTP_STATUS ? OptionalInt.of(httpStatus) : OptionalInt.empty();
  }

  /** How many times the request was tried (more than one only for reads). */
  public int attempts() {
    return attempts;
  }

  /**
   * Whether a read that failed like this is worth trying again: connection failures, timeouts,
   * broken connections, 5xx statuses and garbled bodies. Not for unexpected response data (the
   * server would answer the same) or interruption.
   */
  public boolean isTransient() {
    switch (kind) {
      case CONNECT_FAILED:
      case TIMEOUT:
      case CONNECTION_LOST:
      case MALFORMED_BODY:
        return true;
      case HTTP_STATUS:
        return httpStatus >= 500 && httpStatus <= 599;
      default:
        return false;
    }
  }
}
