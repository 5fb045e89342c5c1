package org.regdesk.dondominio.sandbox.http;

/**
 * A request the transport cannot turn into parameters: wrong content type, broken encoding, too
 * large. The API answers it with error 100 (syntax error) and this message; the control API with
 * HTTP 400. Messages name the parameter or header at fault and never quote parameter values.
 */
final class MalformedRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MalformedRequestException(String message) {
    super(message, null, false, false);
  }
}
