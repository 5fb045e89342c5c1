package org.regdesk.dondominio.sandbox.http;

/** A control request for a path or method the control API does not have: HTTP 404 or 405. */
final class ControlRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String allow;

  private ControlRequestException(int status, String message, String allow) {
    super(message, null, false, false);
    this.status = status;
    this.allow = allow;
  }

  static ControlRequestException notFound(String message) {
    return new ControlRequestException(404, message, null);
  }

  static ControlRequestException methodNotAllowed(String path, String allow) {
    return new ControlRequestException(405, path + " allows " + allow + " only", allow);
  }

  int status() {
    return status;
  }

  /** The {@code Allow} header of a 405; null otherwise. */
  String allow() {
    return allow;
  }
}
