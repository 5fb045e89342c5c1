package org.regdesk.registrar.dondominio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;
import org.regdesk.dondominio.sandbox.engine.SandboxClock;
import org.regdesk.dondominio.sandbox.http.Fault;
import org.regdesk.registrar.dondominio.config.SettingKeys;
import org.regdesk.registrar.dondominio.support.RecordingAudit;
import org.regdesk.registrar.dondominio.support.TestRegistrars;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.error.AuthenticationFailedException;
import org.regdesk.registrar.spi.operation.Availability;
import org.regdesk.registrar.spi.operation.AvailabilityResult;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Money;

/**
 * Availability of many names: one {@code domain/check} per name, at most four at once, answers
 * reused for a minute, and every name answered even when some cannot be checked.
 */
class AvailabilityTest {

  private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
  private static final AtomicInteger MOST_IN_FLIGHT = new AtomicInteger();

  /** The sandbox's simulated latency, counting how many answers are being delayed at once. */
  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.builder()
          .clock(SandboxClock.fixed(Instant.parse("2026-03-02T10:00:00Z")))
          .configure(
              builder ->
                  builder
                      .latency(Duration.ofMillis(20))
                      .sleeper(
                          delay -> {
                            MOST_IN_FLIGHT.accumulateAndGet(IN_FLIGHT.incrementAndGet(), Math::max);
                            try {
                              Thread.sleep(delay.toMillis());
                            } finally {
                              IN_FLIGHT.decrementAndGet();
                            }
                          }))
          .build();

  private final RecordingAudit audit = new RecordingAudit();
  private Sandbox sandbox;
  private Registrar registrar;

  @BeforeEach
  void start() {
    sandbox = SANDBOX.get();
    registrar = TestRegistrars.create(sandbox, audit);
    MOST_IN_FLIGHT.set(0);
  }

  @AfterEach
  void stop() {
    registrar.close();
  }

  private static DomainName name(String label, String tld) {
    return DomainName.of(label, tld);
  }

  @Test
  void answers_each_distinct_name_in_order_with_premium_prices() throws Exception {
    List<AvailabilityResult> results =
        registrar.checkAvailability(
            List.of(
                name("fresh-bakery", "com"),
                name("google", "com"),
                name("casino", "net"),
                name("fresh-bakery", "com"),
                name("diseño", "pro"),
                name("fresh-bakery", "zz")));

    assertThat(results)
        .extracting(AvailabilityResult::name)
        .containsExactly(
            name("fresh-bakery", "com"),
            name("google", "com"),
            name("casino", "net"),
            name("diseño", "pro"),
            name("fresh-bakery", "zz"));
    assertThat(results)
        .extracting(AvailabilityResult::availability)
        .containsExactly(
            Availability.AVAILABLE,
            Availability.REGISTERED,
            Availability.AVAILABLE,
            Availability.INVALID,
            Availability.TLD_UNSUPPORTED);
    assertThat(results.get(0).price()).contains(Money.of("9.95", "EUR"));
    assertThat(results.get(2).premium()).isTrue();
    assertThat(results.get(2).price()).contains(Money.of("2500", "EUR"));
    assertThat(TestRegistrars.calls(sandbox, "domain/check")).hasSize(4);
  }

  @Test
  void checks_at_most_four_names_at_once() throws Exception {
    List<DomainName> names =
        List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j").stream()
            .map(label -> name("batch-" + label, "com"))
            .toList();

    registrar.checkAvailability(names);

    assertThat(TestRegistrars.calls(sandbox, "domain/check")).hasSize(10);
    assertThat(MOST_IN_FLIGHT.get()).isBetween(2, 4);
  }

  @Test
  void reuses_answers_for_a_minute_by_the_host_clock() throws Exception {
    List<DomainName> names = List.of(name("cached-one", "com"), name("cached-two", "org"));
    registrar.checkAvailability(names);
    registrar.checkAvailability(names);
    assertThat(TestRegistrars.calls(sandbox, "domain/check")).hasSize(2);

    sandbox.clock().advance(Duration.ofSeconds(61));
    registrar.checkAvailability(names);
    assertThat(TestRegistrars.calls(sandbox, "domain/check")).hasSize(4);
  }

  @Test
  void a_name_that_cannot_be_checked_is_unreachable_and_not_cached() throws Exception {
    sandbox.fault(Fault.http500("domain/check").times(3));

    assertThat(registrar.checkAvailability(List.of(name("flaky", "com"))))
        .singleElement()
        .satisfies(result -> assertThat(result.availability()).isEqualTo(Availability.UNREACHABLE));

    assertThat(registrar.checkAvailability(List.of(name("flaky", "com"))))
        .singleElement()
        .satisfies(result -> assertThat(result.availability()).isEqualTo(Availability.AVAILABLE));
  }

  @Test
  void refused_credentials_fail_the_whole_check() {
    Registrar wrongKey =
        TestRegistrars.create(sandbox, Map.of(SettingKeys.API_KEY, "wrong-key"), audit);
    try {
      assertThatThrownBy(
              () -> wrongKey.checkAvailability(List.of(name("x1", "com"), name("x2", "com"))))
          .isInstanceOf(AuthenticationFailedException.class)
          .hasMessageNotContaining("wrong-key");
    } finally {
      wrongKey.close();
    }
  }
}
