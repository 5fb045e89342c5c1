package org.regdesk.registrar.spi.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * Wraps each registrar API call so that it is timed with the host's clock and recorded in the audit
 * with its outcome, whatever happens. A plugin routes every call through {@link #call}.
 *
 * <pre>{@code
 * DomainSnapshot snapshot = audit.call("domain/getinfo", Optional.of(domain), params,
 *     () -> client.getInfo(domain));
 * }</pre>
 */
public final class CallAudit {

  /**
   * The body of one registrar call.
   *
   * @param <T> what the call returns
   */
  @FunctionalInterface
  public interface Body<T> {
    /**
     * Makes the call.
     *
     * @return its result
     * @throws RegistrarException if it fails, already mapped to the right kind
     */
    T run() throws RegistrarException;
  }

  private final Clock clock;
  private final AuditSink sink;
  private final SecretMasker masker;

  /**
   * An audit for one plugin instance.
   *
   * @param clock the host's clock
   * @param sink where calls are recorded
   * @param masker masks the plugin's secrets in parameters
   */
  public CallAudit(Clock clock, AuditSink sink, SecretMasker masker) {
    this.clock = Require.present("clock", clock);
    this.sink = Require.present("sink", sink);
    this.masker = Require.present("masker", masker);
  }

  /**
   * Runs and records one call.
   *
   * @param action the registrar's name for the call
   * @param domain the domain concerned, if any
   * @param parameters the parameters sent (masked before recording)
   * @param body the call
   * @param <T> what the call returns
   * @return what the call returned
   * @throws RegistrarException what the call threw, after recording it
   */
  public <T> T call(
      String action, Optional<DomainName> domain, Map<String, String> parameters, Body<T> body)
      throws RegistrarException {
    Instant start = clock.instant();
    try {
      T result = body.run();
      record(action, domain, start, CallOutcome.SUCCEEDED, Optional.empty(), parameters);
      return result;
    } catch (RegistrarException e) {
      record(action, domain, start, CallOutcome.of(e.kind()), e.registrarCode(), parameters);
      throw e;
    } catch (RuntimeException | Error e) {
      record(action, domain, start, CallOutcome.PLUGIN_ERROR, Optional.empty(), parameters);
      throw e;
    }
  }

  private void record(
      String action,
      Optional<DomainName> domain,
      Instant start,
      CallOutcome outcome,
      Optional<String> registrarCode,
      Map<String, String> parameters) {
    Duration took = Duration.between(start, clock.instant());
    sink.record(
        new RegistrarCall(
            action,
            domain,
            start,
            took.isNegative() ? Duration.ZERO : took,
            outcome,
            registrarCode,
            masker.mask(parameters)));
  }
}
