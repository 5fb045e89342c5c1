package org.regdesk.app.job;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What follows a failure of one error kind: the action, and for actions that try again the backoff
 * (first delay, factor, cap) and how many attempts a job gets in all.
 *
 * @param action what to do
 * @param firstDelay the wait after the first failed attempt
 * @param factor each further wait is the previous one times this (1 for a fixed wait)
 * @param maxDelay the longest wait
 * @param maxAttempts attempts in all before the job is given up with the last message
 */
public record RetryRule(
    Action action, Duration firstDelay, double factor, Duration maxDelay, int maxAttempts) {

  /** What the engine does after a failure. */
  public enum Action {
    /** Try again after the backoff; fail with the last message when the attempts run out. */
    RETRY,
    /** As {@link #RETRY}, and tell the next attempt to look the outcome up first. */
    LOOK_UP_THEN_RETRY,
    /** Stop at once, keep the registrar's message, tell staff (needs attention). */
    STOP,
    /** Stop at once, flag the plugin's settings, tell staff; other jobs of the plugin wait. */
    STOP_AND_FLAG_PLUGIN
  }

  /**
   * Checks the parts.
   *
   * @param action the action
   * @param firstDelay the first wait
   * @param factor the growth
   * @param maxDelay the cap
   * @param maxAttempts the attempts in all
   */
  public RetryRule {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(firstDelay, "firstDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("delays must be 0 <= firstDelay <= maxDelay");
    }
    if (!(factor >= 1.0)) {
      throw new IllegalArgumentException("factor must be >= 1");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1");
    }
  }

  /**
   * A rule that stops at once.
   *
   * @param action {@link Action#STOP} or {@link Action#STOP_AND_FLAG_PLUGIN}
   * @return the rule
   */
  public static RetryRule stop(Action action) {
    return new RetryRule(action, Duration.ZERO, 1, Duration.ZERO, 1);
  }

  /**
   * Whether this rule tries again at all.
   *
   * @return true for the retry actions
   */
  public boolean retries() {
    return action == Action.RETRY || action == Action.LOOK_UP_THEN_RETRY;
  }

  /**
   * The wait before the next attempt after {@code attemptsMade} attempts, or empty when the job
   * must stop: the rule does not retry, or the attempts ran out. The n-th wait is {@code firstDelay
   * * factor^(n-1)}, capped at {@code maxDelay}.
   *
   * @param attemptsMade attempts made so far, the failed one included (1 or more)
   * @return the wait, or empty to stop
   */
  public Optional<Duration> delayAfter(int attemptsMade) {
    if (!retries() || attemptsMade >= maxAttempts) {
      return Optional.empty();
    }
    double millis = firstDelay.toMillis() * Math.pow(factor, Math.max(0, attemptsMade - 1));
    if (!(millis < maxDelay.toMillis())) {
      return Optional.of(maxDelay);
    }
    return Optional.of(Duration.ofMillis(Math.round(millis)));
  }
}
