package org.regdesk.registrar.spi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.error.InsufficientFundsException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.value.DomainName;

class CallAuditTest {

  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private static final DomainName SHOP = DomainName.of("shop", "com");

  private final List<RegistrarCall> calls = new ArrayList<>();
  private final CallAudit audit =
      new CallAudit(
          new StepClock(START, Duration.ofMillis(250)),
          calls::add,
          SecretMasker.standard().withSecretValues(List.of("k3y-value")));

  private static Map<String, String> params() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("apiuser", "reseller1");
    params.put("apipasswd", "k3y-value");
    params.put("domain", "shop.com");
    params.put("note", "sent with k3y-value");
    return params;
  }

  @Test
  void a_successful_call_is_recorded_with_its_duration_and_masked_parameters() throws Exception {
    String result = audit.call("domain/getinfo", Optional.of(SHOP), params(), () -> "info");

    assertThat(result).isEqualTo("info");
    RegistrarCall call = calls.get(0);
    assertThat(call.action()).isEqualTo("domain/getinfo");
    assertThat(call.domain()).contains(SHOP);
    assertThat(call.startedAt()).isEqualTo(START);
    assertThat(call.duration()).isEqualTo(Duration.ofMillis(250));
    assertThat(call.outcome()).isEqualTo(CallOutcome.SUCCEEDED);
    assertThat(call.registrarCode()).isEmpty();
    assertThat(call.parameters())
        .containsEntry("apipasswd", "****")
        .containsEntry("note", "sent with ****")
        .containsEntry("domain", "shop.com");
  }

  @Test
  void a_failed_call_is_recorded_with_its_kind_and_registrar_code_and_rethrown() {
    RegistrarException failure = new InsufficientFundsException("balance too low", "1100");

    assertThatThrownBy(
            () ->
                audit.call(
                    "domain/create",
                    Optional.of(SHOP),
                    params(),
                    () -> {
                      throw failure;
                    }))
        .isSameAs(failure);
    assertThat(calls)
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.outcome()).isEqualTo(CallOutcome.INSUFFICIENT_FUNDS);
              assertThat(call.registrarCode()).contains("1100");
            });
  }

  @Test
  void a_plugin_bug_is_recorded_too() {
    assertThatThrownBy(
            () ->
                audit.call(
                    "domain/list",
                    Optional.empty(),
                    Map.of(),
                    () -> {
                      throw new IllegalStateException("bug");
                    }))
        .hasMessage("bug");
    assertThat(calls)
        .singleElement()
        .extracting(RegistrarCall::outcome)
        .isEqualTo(CallOutcome.PLUGIN_ERROR);
  }

  @Test
  void a_call_record_masks_sensitive_keys_even_when_the_plugin_forgot() {
    RegistrarCall call =
        new RegistrarCall(
            "domain/transfer",
            Optional.of(SHOP),
            START,
            Duration.ZERO,
            CallOutcome.SUCCEEDED,
            Optional.empty(),
            Map.of("authcode", "EPP-secret", "apipasswd", "pw"));

    assertThat(call.parameters())
        .containsEntry("authcode", "****")
        .containsEntry("apipasswd", "****");
    assertThat(call.toString()).doesNotContain("EPP-secret");
  }

  @Test
  void every_failure_kind_has_an_audit_outcome() {
    for (var kind : org.regdesk.registrar.spi.error.RegistrarErrorKind.values()) {
      assertThat(CallOutcome.of(kind).name()).isEqualTo(kind.name());
    }
  }
}
