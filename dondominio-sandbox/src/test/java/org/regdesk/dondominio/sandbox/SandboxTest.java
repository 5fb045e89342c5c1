package org.regdesk.dondominio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.regdesk.dondominio.sandbox.http.Fault;
import org.regdesk.dondominio.sandbox.http.InvalidFieldException;

class SandboxTest {

  @Test
  void a_started_sandbox_knows_its_address_and_never_shows_its_password() {
    try (Sandbox sandbox = Sandbox.builder().port(0).apiPassword("Pw-In-Memory").start()) {
      assertThat(sandbox.port()).isPositive();
      assertThat(sandbox.uri()).hasToString("http://127.0.0.1:" + sandbox.port() + "/");
      assertThat(sandbox.toString()).contains("apiuser sandbox").doesNotContain("Pw-In-Memory");
      assertThat(sandbox.apiPassword()).isEqualTo("Pw-In-Memory");
    }
  }

  @Test
  void an_ipv6_host_is_bracketed_in_the_uri() {
    try (Sandbox sandbox = Sandbox.builder().host("::1").port(0).start()) {
      assertThat(sandbox.uri()).hasToString("http://[::1]:" + sandbox.port() + "/");
    }
  }

  @Test
  void builder_settings_are_validated_naming_the_setting() {
    Sandbox.Builder builder = Sandbox.builder();

    assertThatThrownBy(() -> builder.port(-1)).hasMessageStartingWith("port:");
    assertThatThrownBy(() -> builder.host(" ")).hasMessageStartingWith("host:");
    assertThatThrownBy(() -> builder.apiUser("")).hasMessageStartingWith("apiuser:");
    assertThatThrownBy(() -> builder.apiPassword("")).hasMessageStartingWith("apipasswd:");
    assertThatThrownBy(() -> builder.balance(new BigDecimal("-0.01")))
        .hasMessageStartingWith("balance:");
    assertThatThrownBy(() -> builder.balance(new BigDecimal("1.001")))
        .hasMessageStartingWith("balance:");
    assertThatThrownBy(() -> builder.currency("eur")).hasMessageStartingWith("currency:");
    assertThatThrownBy(() -> builder.seedDomains(-1)).hasMessageStartingWith("seed-domains:");
    assertThatThrownBy(() -> builder.latency(Duration.ofMillis(-1)))
        .hasMessageStartingWith("latency:");
    assertThatThrownBy(() -> builder.workerThreads(0)).hasMessageStartingWith("workerThreads:");
  }

  @Test
  void moving_the_clock_takes_whole_positive_minutes() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      assertThatThrownBy(() -> sandbox.advanceClock(Duration.ofSeconds(30)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> sandbox.advanceClock(Duration.ofMinutes(-5)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void a_fault_for_an_action_the_engine_does_not_know_is_refused() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      assertThatThrownBy(() -> sandbox.fault(Fault.reset("domain/frobnicate")))
          .isInstanceOf(InvalidFieldException.class)
          .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("action"));
      assertThat(sandbox.faults()).isEmpty();
    }
  }

  @Test
  void fault_values_are_checked_when_built() {
    assertThatThrownBy(() -> Fault.reset("tool/hello").times(0))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageStartingWith("count:");
    assertThatThrownBy(() -> Fault.error("tool/hello", 4242)).hasMessageStartingWith("errorCode:");
    assertThatThrownBy(() -> Fault.latency("tool/hello", Duration.ZERO))
        .hasMessageStartingWith("delayMs:");
    assertThat(Fault.reset("/Tool/Hello/").action()).isEqualTo("tool/hello");
  }
}
