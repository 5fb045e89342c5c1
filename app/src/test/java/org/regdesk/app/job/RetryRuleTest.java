package org.regdesk.app.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.regdesk.app.config.RegdeskProperties;
import org.regdesk.registrar.spi.error.RegistrarErrorKind;

class RetryRuleTest {

  private final RetryPolicy policy = RetryPolicy.from(RegdeskProperties.Jobs.defaults());

  @Test
  void unavailableBacksOffExponentiallyUpToTheCapThenStops() {
    RetryRule rule = policy.rule(RegistrarErrorKind.UNAVAILABLE);
    assertThat(rule.delayAfter(1)).contains(Duration.ofMinutes(1));
    assertThat(rule.delayAfter(2)).contains(Duration.ofMinutes(2));
    assertThat(rule.delayAfter(3)).contains(Duration.ofMinutes(4));
    assertThat(rule.delayAfter(7)).contains(Duration.ofHours(1));
    assertThat(rule.delayAfter(9)).contains(Duration.ofHours(1));
    assertThat(rule.delayAfter(10)).isEmpty();
  }

  @Test
  void answersStaffMustActOnStopAtOnce() {
    for (RegistrarErrorKind kind :
        new RegistrarErrorKind[] {
          RegistrarErrorKind.REJECTED,
          RegistrarErrorKind.INVALID_INPUT,
          RegistrarErrorKind.INSUFFICIENT_FUNDS,
          RegistrarErrorKind.AUTHENTICATION_FAILED
        }) {
      assertThat(policy.rule(kind).delayAfter(1)).as(kind.name()).isEmpty();
    }
    assertThat(policy.rule(RegistrarErrorKind.AUTHENTICATION_FAILED).action())
        .isEqualTo(RetryRule.Action.STOP_AND_FLAG_PLUGIN);
    assertThat(policy.rule(RegistrarErrorKind.OUTCOME_UNKNOWN).action())
        .isEqualTo(RetryRule.Action.LOOK_UP_THEN_RETRY);
  }

  @Test
  void delaysNeverShrinkAndNeverPassTheCap() {
    RetryRule rule =
        new RetryRule(
            RetryRule.Action.RETRY, Duration.ofSeconds(7), 3, Duration.ofMinutes(90), 1000);
    qt().forAll(integers().between(1, 998))
        .check(
            n -> {
              Duration now = rule.delayAfter(n).orElseThrow();
              Duration next = rule.delayAfter(n + 1).orElseThrow();
              return next.compareTo(now) >= 0 && next.compareTo(Duration.ofMinutes(90)) <= 0;
            });
  }

  @Test
  void aBadSettingNamesTheProperty() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new RegdeskProperties.Jobs(
                    0,
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1),
                    2,
                    Duration.ofSeconds(1),
                    1,
                    Duration.ofSeconds(1)))
        .hasMessageContaining("regdesk.jobs.threads");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new RegdeskProperties.Jobs(
                    8,
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1),
                    Duration.ofMinutes(5),
                    2,
                    Duration.ofMinutes(1),
                    1,
                    Duration.ofSeconds(1)))
        .hasMessageContaining("regdesk.jobs.max-retry-delay");
  }
}
