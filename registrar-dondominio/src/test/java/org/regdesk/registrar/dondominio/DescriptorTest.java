package org.regdesk.registrar.dondominio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.dondominio.config.SettingKeys;
import org.regdesk.registrar.dondominio.tld.TldRow;
import org.regdesk.registrar.dondominio.tld.TldTable;
import org.regdesk.registrar.spi.RegistrarProvider;
import org.regdesk.registrar.spi.descriptor.ActionAudience;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.descriptor.FieldDefinition;
import org.regdesk.registrar.spi.descriptor.FieldType;
import org.regdesk.registrar.spi.descriptor.RegistrarDescriptor;
import org.regdesk.registrar.spi.descriptor.SettingType;
import org.regdesk.registrar.spi.descriptor.StandardAction;
import org.regdesk.registrar.spi.descriptor.TldRequirements;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.Tld;

class DescriptorTest {

  private final RegistrarDescriptor descriptor = new DonDominioRegistrarProvider().descriptor();

  @Test
  void is_found_by_the_service_loader_under_its_stable_name() {
    List<RegistrarProvider> providers =
        ServiceLoader.load(RegistrarProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .toList();
    assertThat(providers).extracting(p -> p.descriptor().name()).contains("dondominio");
    assertThat(descriptor).isEqualTo(new DonDominioRegistrarProvider().descriptor());
  }

  @Test
  void settings_carry_the_labels_clientexec_users_know() {
    var settings = descriptor.settings();
    assertThat(settings.definition(SettingKeys.API_USERNAME).orElseThrow().label())
        .isEqualTo("API Username");
    assertThat(settings.definition(SettingKeys.API_KEY).orElseThrow().type())
        .isEqualTo(SettingType.SECRET);
    assertThat(settings.definition(SettingKeys.ENVIRONMENT).orElseThrow().defaultValue())
        .contains("sandbox");
    assertThat(
            settings.definition(SettingKeys.NEW_DOMAIN_RENEWAL_MODE).orElseThrow().defaultValue())
        .contains("MANUAL");
    assertThat(settings.definition(SettingKeys.ALLOW_PREMIUM).orElseThrow().defaultValue())
        .contains("false");
    for (ContactRole role : ContactRole.values()) {
      assertThat(settings.definition(SettingKeys.override(role)).orElseThrow().label())
          .endsWith("Override");
      assertThat(settings.definition(SettingKeys.customerMayEdit(role)).orElseThrow().type())
          .isEqualTo(SettingType.YES_NO);
    }
    assertThat(
            settings
                .definition(SettingKeys.override(ContactRole.OWNER))
                .orElseThrow()
                .check("ABC-12345"))
        .isEmpty();
    assertThat(
            settings
                .definition(SettingKeys.override(ContactRole.OWNER))
                .orElseThrow()
                .check("12345"))
        .isPresent();
  }

  @Test
  void declares_every_capability_and_no_lock_where_the_registry_has_none() {
    for (Capability capability : Capability.values()) {
      assertThat(descriptor.capabilities().supports(capability)).as(capability.name()).isTrue();
    }
    assertThat(descriptor.capabilities().supports(Capability.LOCK, Tld.of("com"))).isTrue();
    assertThat(descriptor.capabilities().supports(Capability.LOCK, Tld.of("es"))).isFalse();
    assertThat(descriptor.capabilities().supports(Capability.LOCK, Tld.of("co.uk"))).isFalse();
    assertThat(descriptor.capabilities().supports(Capability.RENEW, Tld.of("es"))).isTrue();
  }

  @Test
  void offers_transfer_with_an_auth_code_prompt_and_actions_by_audience() {
    assertThat(descriptor.actionsFor(ActionAudience.STAFF_UNREGISTERED))
        .extracting(a -> a.standardAction().orElse(null))
        .contains(StandardAction.REGISTER, StandardAction.INITIATE_TRANSFER);
    assertThat(descriptor.action("transfer").orElseThrow().inputs())
        .extracting(FieldDefinition::key)
        .containsExactly(StandardAction.Inputs.AUTH_CODE);
    assertThat(descriptor.actionsFor(ActionAudience.CUSTOMER))
        .extracting(a -> a.id())
        .contains("lock", "privacy", "auth-code", "resend-verification");
  }

  @Test
  void every_row_of_the_tld_table_is_exposed_as_requirements() {
    for (TldRow row : TldTable.rows()) {
      for (Tld tld : row.tlds()) {
        TldRequirements requirements = descriptor.requirementsFor(tld);
        assertThat(requirements.domainFields())
            .extracting(FieldDefinition::key)
            .containsExactlyElementsOf(row.fields().stream().map(f -> f.key()).toList());
        assertThat(requirements.customerFields()).contains(CustomerField.IDENTITY_NUMBER);
      }
    }
    TldRequirements xxx = descriptor.requirementsFor(Tld.of("xxx"));
    FieldDefinition xxxClass = xxx.domainField("xxxClass").orElseThrow();
    assertThat(xxxClass.type()).isEqualTo(FieldType.CHOICE);
    assertThat(xxxClass.required()).isTrue();
    assertThat(xxxClass.options())
        .extracting(o -> o.value())
        .containsExactly("default", "membership", "nonResolver");
    assertThat(xxx.domainField("xxxName").orElseThrow().required()).isFalse();
    assertThat(
            descriptor
                .requirementsFor(Tld.of("aero"))
                .domainField("aeroPassword")
                .orElseThrow()
                .type())
        .isEqualTo(FieldType.SECRET);
    assertThat(
            descriptor
                .requirementsFor(Tld.of("ru"))
                .domainField("ruIssueDate")
                .orElseThrow()
                .type())
        .isEqualTo(FieldType.DATE);
    for (String tld : new String[] {"fr", "hk", "it", "ru"}) {
      assertThat(descriptor.requirementsFor(Tld.of(tld)).customerFields())
          .contains(CustomerField.DATE_OF_BIRTH);
    }
    for (String tld : new String[] {"cat", "barcelona", "eus", "gal", "scot", "quebec", "pl"}) {
      assertThat(descriptor.requirementsFor(Tld.of(tld)).domainField("intendedUse")).isPresent();
    }
    for (String tld : new String[] {"lawyer", "attorney", "dentist", "airforce", "army", "navy"}) {
      assertThat(descriptor.requirementsFor(Tld.of(tld)).domainField("contactInfo")).isPresent();
    }
    assertThat(descriptor.requirementsFor(Tld.of("com")).isEmpty()).isTrue();
  }
}
