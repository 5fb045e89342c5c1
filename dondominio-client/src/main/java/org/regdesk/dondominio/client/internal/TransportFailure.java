package org.regdesk.dondominio.client.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLHandshakeException;
import org.regdesk.dondominio.client.error.DonDominioTransportException.Kind;

/**
 * One failed exchange, before the client knows how many attempts it will make.
 *
 * @param kind what went wrong
 * @param httpStatus the status for {@link Kind#HTTP_STATUS}, otherwise 0
 * @param detail a short description
 * @param cause the underlying exception, or {@code null}
 */
public record TransportFailure(Kind kind, int httpStatus, String detail, Throwable cause) {

  /**
   * Classifies an I/O failure of {@code HttpClient.send}. Only failures to open the connection
   * prove that the request was not sent; everything else may have reached the server.
   */
  public static TransportFailure of(IOException e) {
    if (e instanceof HttpConnectTimeoutException) {
      return new TransportFailure(Kind.CONNECT_FAILED, 0, "connect timed out", e);
    }
    if (e instanceof HttpTimeoutException) {
      return new TransportFailure(Kind.TIMEOUT, 0, "no answer within the request timeout", e);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ProtocolException) {
        return new TransportFailure(Kind.MALFORMED_BODY, 0, "the answer was not HTTP", e);
      }
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException
          || t instanceof UnresolvedAddressException
          || t instanceof SSLHandshakeException) {
        return new TransportFailure(Kind.CONNECT_FAILED, 0, describe(t), e);
      }
    }
    return new TransportFailure(Kind.CONNECTION_LOST, 0, describe(e), e);
  }

  private static String describe(Throwable t) {
    String message = t.getMessage();
    return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /** Carries a {@link TransportFailure} out of the exchange as a checked exception. */
  public static final class Failed extends Exception {
    private final transient TransportFailure failure;

    /** Wraps the failure. */
    public Failed(TransportFailure failure) {
      super(failure.detail(), null, false, false);
      this.failure = failure;
    }

    /** The failure. */
    public TransportFailure failure() {
      return failure;
    }
  }
}
