package org.regdesk.registrar.tck.fake;

/** The fake wire broke: before the request was sent, or after the registry carried it out. */
final class ConnectionLost extends RuntimeException {

  /** Whether the registry received (and carried out) the request. */
  final boolean reachedRegistry;

  ConnectionLost(boolean reachedRegistry) {
    super(reachedRegistry ? "connection dropped before the answer" : "connection refused");
    this.reachedRegistry = reachedRegistry;
  }
}
