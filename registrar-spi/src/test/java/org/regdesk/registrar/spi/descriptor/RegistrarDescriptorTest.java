package org.regdesk.registrar.spi.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.Tld;

class RegistrarDescriptorTest {

  private static final Capabilities CAPABILITIES =
      Capabilities.of(Capability.REGISTER, Capability.RENEW, Capability.LOCK, Capability.AUTH_CODE)
          .except(Tld.of("es"), Capability.LOCK);

  private static RegistrarDescriptor.Builder builder() {
    return RegistrarDescriptor.builder("example", "Example Registrar", "1.0.0")
        .settings(SettingsSchemaTest.SCHEMA)
        .capabilities(CAPABILITIES);
  }

  @Test
  void actions_are_offered_per_audience_in_declaration_order() {
    RegistrarDescriptor descriptor =
        builder()
            .action(
                PluginAction.standard(StandardAction.REGISTER, ActionAudience.STAFF_UNREGISTERED))
            .action(
                PluginAction.standard(
                    StandardAction.RENEW, "Renew domain", ActionAudience.STAFF_REGISTERED))
            .action(
                PluginAction.standard(
                    StandardAction.SHOW_AUTH_CODE,
                    ActionAudience.STAFF_REGISTERED,
                    ActionAudience.CUSTOMER))
            .build();

    assertThat(descriptor.actionsFor(ActionAudience.STAFF_REGISTERED))
        .extracting(PluginAction::id, PluginAction::label)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("renew", "Renew domain"),
            org.assertj.core.groups.Tuple.tuple("auth-code", "Show auth code"));
    assertThat(descriptor.actionsFor(ActionAudience.CUSTOMER))
        .extracting(PluginAction::id)
        .containsExactly("auth-code");
    assertThat(descriptor.action("renew").flatMap(PluginAction::standardAction))
        .contains(StandardAction.RENEW);
  }

  @Test
  void a_standard_action_without_its_capability_is_refused() {
    assertThatThrownBy(
            () ->
                builder()
                    .action(
                        PluginAction.standard(
                            StandardAction.INITIATE_TRANSFER, ActionAudience.STAFF_REGISTERED))
                    .build())
        .hasMessage(
            "actions: 'transfer' needs one of the capabilities [TRANSFER], which the plugin does not declare");
  }

  @Test
  void action_ids_are_unique_and_standard_ids_cannot_be_reused_for_custom_actions() {
    assertThatThrownBy(
            () ->
                builder()
                    .action(
                        PluginAction.standard(
                            StandardAction.RENEW, ActionAudience.STAFF_REGISTERED))
                    .action(PluginAction.standard(StandardAction.RENEW, ActionAudience.CUSTOMER))
                    .build())
        .hasMessage("actions: the id 'renew' is used twice");
    assertThatThrownBy(
            () -> PluginAction.custom("renew", "Renew", List.of(), ActionAudience.CUSTOMER))
        .hasMessage("action.id: 'renew' is a standard action id");
    assertThatThrownBy(
            () ->
                new PluginAction(
                    "transfer",
                    "Transfer",
                    Set.of(ActionAudience.STAFF_REGISTERED),
                    List.of(FieldDefinition.text("code", "Code").build())))
        .hasMessage("action.inputs: the standard action 'transfer' has fixed inputs");
  }

  @Test
  void the_transfer_action_asks_for_a_secret_auth_code() {
    FieldDefinition input = StandardAction.INITIATE_TRANSFER.inputs().get(0);

    assertThat(input.key()).isEqualTo(StandardAction.Inputs.AUTH_CODE);
    assertThat(input.type()).isEqualTo(FieldType.SECRET);
    assertThat(input.required()).isTrue();
  }

  @Test
  void capabilities_hold_per_tld_with_exceptions() {
    assertThat(CAPABILITIES.supports(Capability.LOCK)).isTrue();
    assertThat(CAPABILITIES.supports(Capability.LOCK, Tld.of("com"))).isTrue();
    assertThat(CAPABILITIES.supports(Capability.LOCK, Tld.of("es"))).isFalse();
    assertThat(CAPABILITIES.supports(Capability.RENEW, Tld.of("es"))).isTrue();
    assertThat(CAPABILITIES.supports(Capability.DNSSEC, Tld.of("com"))).isFalse();
    assertThatThrownBy(() -> CAPABILITIES.except(Tld.of("fr"), Capability.DNSSEC))
        .hasMessage(
            "capabilities.exceptions: .fr removes [DNSSEC], which the plugin never declared");
  }

  @Test
  void tld_requirements_are_found_by_tld_and_default_to_none() {
    TldRequirements fr =
        new TldRequirements(Tld.of("fr"), List.of(), Set.of(CustomerField.DATE_OF_BIRTH));
    RegistrarDescriptor descriptor = builder().requirements(fr).build();

    assertThat(descriptor.requirementsFor(Tld.of("fr"))).isEqualTo(fr);
    assertThat(descriptor.requirementsFor(Tld.of("com")).isEmpty()).isTrue();
    assertThatThrownBy(() -> builder().requirements(fr).requirements(fr))
        .hasMessage("tldRequirements: .fr is declared twice");
    assertThatThrownBy(
            () ->
                new RegistrarDescriptor(
                    "example",
                    "Example",
                    "1",
                    SettingsSchema.EMPTY,
                    List.of(),
                    CAPABILITIES,
                    Map.of(Tld.of("it"), fr)))
        .hasMessage("tldRequirements: requirements for .fr are filed under .it");
  }

  @Test
  void the_name_is_a_stable_lower_case_id() {
    assertThatThrownBy(() -> RegistrarDescriptor.builder("DonDominio", "DonDominio", "1").build())
        .hasMessageStartingWith("name: must be 1-32 characters");
    assertThat(RegistrarDescriptor.builder("dondominio", "DonDominio", "1").build().name())
        .isEqualTo("dondominio");
  }
}
