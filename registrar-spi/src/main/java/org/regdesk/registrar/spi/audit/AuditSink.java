package org.regdesk.registrar.spi.audit;

/**
 * Where a plugin reports every registrar API call it makes. Provided by the host, which stores the
 * calls with the domain's history. Implementations must be thread-safe and must not throw: a
 * failing audit must never turn a successful registration into an error.
 */
@FunctionalInterface
public interface AuditSink {

  /**
   * Records one call.
   *
   * @param call the call, parameters already masked
   */
  void record(RegistrarCall call);
}
