package org.regdesk.app.job;

import java.time.Duration;
import java.util.Objects;

/**
 * What a handler's run came to when it did not throw: done, or not yet (look again later, e.g. a
 * transfer still pending at the registrar). Failures are thrown as the SPI's {@code
 * RegistrarException}; the {@link RetryPolicy} decides what follows them.
 *
 * @param finished true when the work is finished
 * @param checkAgainIn for not-yet outcomes, how long until the next run; null when done
 * @param message what to show staff, or null
 */
public record JobOutcome(boolean finished, Duration checkAgainIn, String message) {

  /**
   * Checks the parts.
   *
   * @param finished finished
   * @param checkAgainIn the wait, for not-yet outcomes
   * @param message the message
   */
  public JobOutcome {
    if (!finished) {
      Objects.requireNonNull(checkAgainIn, "checkAgainIn");
      if (checkAgainIn.isNegative()) {
        throw new IllegalArgumentException("checkAgainIn must not be negative");
      }
    }
  }

  /**
   * Finished.
   *
   * @return the outcome
   */
  public static JobOutcome done() {
    return new JobOutcome(true, null, null);
  }

  /**
   * Finished, with a note for staff.
   *
   * @param message e.g. {@code registered, expires 2027-03-02}
   * @return the outcome
   */
  public static JobOutcome done(String message) {
    return new JobOutcome(true, null, message);
  }

  /**
   * Not finished, nothing wrong: run again after a while (does not count against the retry limit).
   *
   * @param delay how long to wait
   * @param message what to show staff meanwhile
   * @return the outcome
   */
  public static JobOutcome checkAgainIn(Duration delay, String message) {
    return new JobOutcome(false, delay, message);
  }
}
