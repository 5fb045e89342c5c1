package org.regdesk.app.registrar;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.regdesk.registrar.spi.audit.CallOutcome;

/**
 * One registrar call from the audit: what a plugin asked its registrar, for which domain, when, how
 * it ended, and who or what caused it. The parameters were masked before they were stored.
 *
 * @param id the row's id
 * @param plugin the plugin's stable name
 * @param action the registrar's name for the call, e.g. {@code domain/create}
 * @param domain the domain concerned in ASCII form, if any
 * @param startedAt when the call started
 * @param duration how long it took (to the millisecond)
 * @param outcome how it ended
 * @param registrarCode the registrar's result or error code, if any
 * @param parameters the parameters sent, masked, in the order sent
 * @param trigger who or what caused the call
 */
public record RecordedCall(
    long id,
    String plugin,
    String action,
    Optional<String> domain,
    Instant startedAt,
    Duration duration,
    CallOutcome outcome,
    Optional<String> registrarCode,
    Map<String, String> parameters,
    Trigger trigger) {

  /** Copies the parameters, keeping their order. */
  public RecordedCall {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /**
   * Whether the call did what was asked.
   *
   * @return true for {@link CallOutcome#SUCCEEDED}
   */
  public boolean succeeded() {
    return outcome == CallOutcome.SUCCEEDED;
  }
}
