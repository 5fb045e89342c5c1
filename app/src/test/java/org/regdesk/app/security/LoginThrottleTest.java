package org.regdesk.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.regdesk.app.config.RegdeskProperties;
import org.regdesk.app.testing.MutableClock;

class LoginThrottleTest {

  private final MutableClock clock = new MutableClock();
  private final LoginThrottle throttle =
      new LoginThrottle(
          clock,
          new RegdeskProperties(
              Path.of("data"),
              new RegdeskProperties.Sandbox(null, 0, "u", "p"),
              new RegdeskProperties.Secret(null, null),
              new RegdeskProperties.Login(3, 10, Duration.ofMinutes(15), Duration.ofMinutes(10)),
              RegdeskProperties.RegistrarOptions.defaults(),
              RegdeskProperties.Jobs.defaults(),
              RegdeskProperties.Mail.defaults()));

  @Test
  void locksAfterTheLimitForTheLockoutCountedFromTheLastFailure() {
    throttle.recordFailure("ann", "1.1.1.1");
    throttle.recordFailure("ann", "1.1.1.2");
    assertThat(throttle.lockedFor("ann", "9.9.9.9")).isEmpty();

    clock.advance(Duration.ofMinutes(2));
    throttle.recordFailure("ann", "1.1.1.3");

    assertThat(throttle.lockedFor("ann", "9.9.9.9")).contains(Duration.ofMinutes(10));
    assertThat(throttle.lockedFor("bob", "9.9.9.9")).isEmpty();
    clock.advance(Duration.ofMinutes(10));
    assertThat(throttle.lockedFor("ann", "9.9.9.9")).isEmpty();
  }

  @Test
  void aSuccessForgetsTheNamesFailuresButNotTheAddresses() {
    for (int i = 0; i < 9; i++) {
      throttle.recordFailure("user" + i, "6.6.6.6");
    }
    throttle.recordFailure("carl", "6.6.6.6");
    throttle.recordSuccess("carl");

    assertThat(throttle.lockedFor("carl", "7.7.7.7")).isEmpty();
    assertThat(throttle.lockedFor("carl", "6.6.6.6")).isPresent();
  }
}
