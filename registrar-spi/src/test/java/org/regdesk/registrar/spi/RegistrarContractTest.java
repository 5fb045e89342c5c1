package org.regdesk.registrar.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.audit.CallOutcome;
import org.regdesk.registrar.spi.audit.RegistrarCall;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.descriptor.SettingDefinition;
import org.regdesk.registrar.spi.descriptor.SettingsSchema;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.error.NotSupportedException;
import org.regdesk.registrar.spi.error.RegistrarErrorKind;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.ActionRequest;
import org.regdesk.registrar.spi.operation.ConnectionReport;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.RenewalMode;

class RegistrarContractTest {

  private static final DomainName SHOP = DomainName.of("shop", "com");

  /** The smallest plugin there is: a lookup and a connection test. */
  private static final class LookupOnly implements Registrar {
    @Override
    public ConnectionReport testConnection() {
      return ConnectionReport.unreachable("test", false, "not wired");
    }

    @Override
    public DomainSnapshot getDomain(DomainName domain) throws RegistrarException {
      throw NotFoundException.domain(domain, "2008");
    }
  }

  @Test
  void undeclared_operations_fail_as_not_supported_naming_the_capability() {
    Registrar registrar = new LookupOnly();

    assertThatThrownBy(() -> registrar.setLock(SHOP, true))
        .isInstanceOfSatisfying(
            NotSupportedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RegistrarErrorKind.NOT_SUPPORTED);
              assertThat(e.getMessage()).contains(Capability.LOCK.name());
            });
    assertThatThrownBy(() -> registrar.setRenewalMode(SHOP, RenewalMode.MANUAL))
        .hasMessageContaining(Capability.RENEWAL_MODE.name());
    assertThatThrownBy(() -> registrar.checkAvailability(List.of(SHOP)))
        .hasMessageContaining(Capability.AVAILABILITY.name());
    assertThatThrownBy(
            () -> registrar.performAction(new ActionRequest("resend-mail", SHOP, Map.of())))
        .hasMessage("the plugin has no action 'resend-mail'");
  }

  @Test
  void the_host_context_masks_the_plugins_secret_settings_in_audited_calls() throws Exception {
    SettingsSchema schema =
        SettingsSchema.of(
            SettingDefinition.text("apiUsername", "API Username").required().build(),
            SettingDefinition.secret("apiKey", "API Key").required().build());
    List<RegistrarCall> calls = new ArrayList<>();
    RegistrarContext context =
        new RegistrarContext(
            schema.bind(Map.of("apiUsername", "reseller1", "apiKey", "Zq8-secret-Key")),
            Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC),
            calls::add,
            System.getLogger("test"),
            "Regdesk/test");

    context
        .callAudit()
        .call(
            "tool/hello",
            Optional.empty(),
            Map.of("apiuser", "reseller1", "raw", "apiuser=reseller1&key=Zq8-secret-Key"),
            () -> "ok");

    assertThat(context.masker().scrub("key Zq8-secret-Key")).isEqualTo("key ****");
    assertThat(calls)
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.outcome()).isEqualTo(CallOutcome.SUCCEEDED);
              assertThat(call.duration()).isEqualTo(Duration.ZERO);
              assertThat(call.parameters().get("raw")).isEqualTo("apiuser=reseller1&key=****");
              assertThat(call.parameters().get("apiuser")).isEqualTo("reseller1");
            });
    assertThat(context.settings().toString()).doesNotContain("Zq8-secret-Key");
  }
}
