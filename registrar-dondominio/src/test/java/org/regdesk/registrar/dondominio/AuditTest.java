package org.regdesk.registrar.dondominio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;
import org.regdesk.dondominio.sandbox.engine.SandboxClock;
import org.regdesk.registrar.dondominio.support.People;
import org.regdesk.registrar.dondominio.support.RecordingAudit;
import org.regdesk.registrar.dondominio.support.SandboxControl;
import org.regdesk.registrar.dondominio.support.TestRegistrars;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.audit.CallOutcome;
import org.regdesk.registrar.spi.audit.RegistrarCall;
import org.regdesk.registrar.spi.audit.SecretMasker;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.operation.RegisterRequest;
import org.regdesk.registrar.spi.operation.TransferRequest;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Period;
import org.regdesk.registrar.spi.value.TldFieldValues;

/** Every API call is audited with its outcome, and no secret ever reaches an audit row. */
class AuditTest {

  private static final String API_KEY = "s3cret-Key/with+symbols";

  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.builder()
          .apiPassword(API_KEY)
          .clock(SandboxClock.fixed(Instant.parse("2026-03-02T10:00:00Z")))
          .build();

  @Test
  void every_call_is_recorded_with_action_domain_outcome_code_and_masked_secrets()
      throws Exception {
    Sandbox sandbox = SANDBOX.get();
    RecordingAudit audit = new RecordingAudit();
    String authCode = "Tr4nsfer#Code";
    String aeroPassword = "aero-secret-77";
    try (Registrar registrar = TestRegistrars.create(sandbox, audit)) {
      registrar.register(
          RegisterRequest.builder(
                  DomainName.of("audited", "aero"), Period.ofYears(1), People.all(People.ana()))
              .tldFields(
                  new TldFieldValues(
                      Map.of("aeroId", "AERO-1", "aeroPassword", aeroPassword), Map.of()))
              .build());
      SandboxControl.addForeignDomain(sandbox, "audited-transfer.com", authCode);
      registrar.transfer(
          TransferRequest.builder(
                  DomainName.of("audited-transfer", "com"),
                  AuthCode.of(authCode),
                  People.all(People.ana()))
              .build());
      String code = registrar.getAuthCode(DomainName.of("audited", "aero")).value();
      assertThatThrownBy(() -> registrar.getDomain(DomainName.of("not-here", "com")))
          .isInstanceOf(NotFoundException.class);

      assertThat(audit.calls()).hasSize(sandbox.calls().size());
      RegistrarCall create = audit.calls("domain/create").get(0);
      assertThat(create.domain()).contains(DomainName.of("audited", "aero"));
      assertThat(create.outcome()).isEqualTo(CallOutcome.SUCCEEDED);
      assertThat(create.parameters())
          .containsEntry("apiuser", sandbox.apiUser())
          .containsEntry("apipasswd", SecretMasker.MASK)
          .containsEntry("aeroPass", SecretMasker.MASK)
          .containsEntry("aeroId", "AERO-1");
      assertThat(audit.calls("domain/transfer").get(0).parameters())
          .containsEntry("authcode", SecretMasker.MASK);
      RegistrarCall missing = audit.calls().get(audit.calls().size() - 1);
      assertThat(missing.outcome()).isEqualTo(CallOutcome.NOT_FOUND);
      assertThat(missing.registrarCode()).contains("2008");

      for (RegistrarCall call : audit.calls()) {
        assertThat(call.parameters().values())
            .as(call.action())
            .noneMatch(
                value ->
                    value.contains(API_KEY)
                        || value.contains(authCode)
                        || value.contains(aeroPassword)
                        || value.contains(code));
      }
      assertThat(registrar.toString()).doesNotContain(API_KEY);
    }
  }
}
