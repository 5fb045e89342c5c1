package org.regdesk.registrar.tck;

/**
 * A failure the suite asks the {@link RegistrarTckFixture} to inject into the registrar under test,
 * so that it can check how the plugin reports it.
 */
public enum InjectedFault {
  /**
   * The registrar cannot be asked: every request of the operation fails in a way that shows it did
   * not take effect (a refused connection, a "down for maintenance" answer), until {@link
   * RegistrarTckFixture#clearFaults()}. It lasts, rather than hitting one request, so that a plugin
   * that retries reads still meets it. The plugin must report {@code UnavailableException}.
   */
  UNAVAILABLE,
  /**
   * The next request of the operation is carried out by the registrar, and then the connection
   * drops before the answer arrives: the plugin cannot know whether it took effect and must report
   * {@code OutcomeUnknownException}. Hits exactly one request.
   */
  APPLY_THEN_DROP
}
