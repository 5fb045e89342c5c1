package org.regdesk.app.job;

import java.util.EnumMap;
import java.util.Map;
import org.regdesk.app.config.RegdeskProperties;
import org.regdesk.registrar.spi.error.RegistrarErrorKind;

/**
 * The retry policy as data: one {@link RetryRule} per SPI error kind. The defaults come from {@code
 * regdesk.jobs.*}:
 *
 * <ul>
 *   <li>{@code UNAVAILABLE}: retry with exponential backoff, then fail with the last message;
 *   <li>{@code OUTCOME_UNKNOWN}: the same backoff, the next attempt looking the object up first;
 *   <li>{@code REJECTED}, {@code INVALID_INPUT}, {@code INSUFFICIENT_FUNDS}, {@code NOT_FOUND},
 *       {@code NOT_SUPPORTED}: stop at once with the registrar's message and tell staff;
 *   <li>{@code AUTHENTICATION_FAILED}: stop, flag the plugin's settings, tell staff.
 * </ul>
 *
 * @param rules the rule of every kind
 */
public record RetryPolicy(Map<RegistrarErrorKind, RetryRule> rules) {

  /**
   * Checks that every kind has a rule.
   *
   * @param rules the rules
   */
  public RetryPolicy {
    EnumMap<RegistrarErrorKind, RetryRule> copy = new EnumMap<>(RegistrarErrorKind.class);
    copy.putAll(rules);
    for (RegistrarErrorKind kind : RegistrarErrorKind.values()) {
      if (!copy.containsKey(kind)) {
        throw new IllegalArgumentException("rules: no rule for " + kind);
      }
    }
    rules = Map.copyOf(copy);
  }

  /**
   * The desk's policy from its settings.
   *
   * @param jobs {@code regdesk.jobs.*}
   * @return the policy
   */
  public static RetryPolicy from(RegdeskProperties.Jobs jobs) {
    RetryRule retry =
        new RetryRule(
            RetryRule.Action.RETRY,
            jobs.retryDelay(),
            jobs.retryFactor(),
            jobs.maxRetryDelay(),
            jobs.maxAttempts());
    RetryRule lookUp =
        new RetryRule(
            RetryRule.Action.LOOK_UP_THEN_RETRY,
            jobs.retryDelay(),
            jobs.retryFactor(),
            jobs.maxRetryDelay(),
            jobs.maxAttempts());
    RetryRule stop = RetryRule.stop(RetryRule.Action.STOP);
    Map<RegistrarErrorKind, RetryRule> rules = new EnumMap<>(RegistrarErrorKind.class);
    rules.put(RegistrarErrorKind.UNAVAILABLE, retry);
    rules.put(RegistrarErrorKind.OUTCOME_UNKNOWN, lookUp);
    rules.put(RegistrarErrorKind.REJECTED, stop);
    rules.put(RegistrarErrorKind.INVALID_INPUT, stop);
    rules.put(RegistrarErrorKind.INSUFFICIENT_FUNDS, stop);
    rules.put(RegistrarErrorKind.NOT_FOUND, stop);
    rules.put(RegistrarErrorKind.NOT_SUPPORTED, stop);
    rules.put(
        RegistrarErrorKind.AUTHENTICATION_FAILED,
        RetryRule.stop(RetryRule.Action.STOP_AND_FLAG_PLUGIN));
    return new RetryPolicy(rules);
  }

  /**
   * The rule of a kind.
   *
   * @param kind the error kind
   * @return its rule
   */
  public RetryRule rule(RegistrarErrorKind kind) {
    return rules.get(kind);
  }
}
