package org.regdesk.registrar.spi.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.InvalidValueException;

/**
 * One API call a plugin made to its registrar, for the audit log: which action, on which domain,
 * when, how long, how it ended, the registrar's error code, and the parameters sent.
 *
 * <p>Parameters are masked when the record is built with {@link SecretMasker#standard()}, so a
 * plugin that forgets to mask still cannot store a password under a sensitive key; plugins mask
 * with their own {@link SecretMasker} first to catch secrets under other keys.
 *
 * @param action the registrar's name for the call, e.g. {@code domain/create}
 * @param domain the domain concerned, if any
 * @param startedAt when the call started (from the host's clock)
 * @param duration how long it took
 * @param outcome how it ended
 * @param registrarCode the registrar's result or error code, if any
 * @param parameters the parameters sent, masked
 */
public record RegistrarCall(
    String action,
    Optional<DomainName> domain,
    Instant startedAt,
    Duration duration,
    CallOutcome outcome,
    Optional<String> registrarCode,
    Map<String, String> parameters) {

  /**
   * Checks the parts and masks the parameters.
   *
   * @param action the registrar's name for the call, e.g. {@code domain/create}
   * @param domain the domain concerned, if any
   * @param startedAt when the call started (from the host's clock)
   * @param duration how long it took
   * @param outcome how it ended
   * @param registrarCode the registrar's result or error code, if any
   * @param parameters the parameters sent, masked
   */
  public RegistrarCall {
    action = Require.line("action", action, 128);
    Require.present("domain", domain);
    Require.present("startedAt", startedAt);
    Require.present("duration", duration);
    if (duration.isNegative()) {
      throw new InvalidValueException("duration", "must not be negative");
    }
    Require.present("outcome", outcome);
    registrarCode = Require.optionalLine("registrarCode", registrarCode, 64);
    parameters = SecretMasker.standard().mask(Require.present("parameters", parameters));
  }
}
