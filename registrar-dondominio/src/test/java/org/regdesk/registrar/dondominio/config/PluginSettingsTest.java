package org.regdesk.registrar.dondominio.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.dondominio.DonDominioRegistrarProvider;
import org.regdesk.registrar.spi.descriptor.SettingsSchema;
import org.regdesk.registrar.spi.error.InvalidInputException;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.RenewalMode;

class PluginSettingsTest {

  private final SettingsSchema schema = new DonDominioRegistrarProvider().descriptor().settings();

  private Map<String, String> values(String... pairs) {
    Map<String, String> values = new HashMap<>();
    values.put(SettingKeys.API_USERNAME, "reseller");
    values.put(SettingKeys.API_KEY, "the-secret-key");
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return values;
  }

  private PluginSettings read(Map<String, String> values) throws InvalidInputException {
    return PluginSettings.from(schema.bind(values));
  }

  @Test
  void defaults_to_the_local_sandbox_manual_renewal_no_premium_and_open_contacts()
      throws Exception {
    PluginSettings settings = read(values());

    assertThat(settings.environment()).isEqualTo(ApiEnvironment.SANDBOX);
    assertThat(settings.endpoint()).isEqualTo(URI.create("http://127.0.0.1:8089/"));
    assertThat(settings.newDomainRenewalMode()).isEqualTo(RenewalMode.MANUAL);
    assertThat(settings.allowPremium()).isFalse();
    assertThat(settings.defaultNameservers()).isEmpty();
    for (ContactRole role : ContactRole.values()) {
      assertThat(settings.contactPolicy().forRole(role).isOverridden()).isFalse();
      assertThat(settings.contactPolicy().forRole(role).customerMayEdit()).isTrue();
    }
  }

  @Test
  void production_and_custom_endpoints() throws Exception {
    assertThat(read(values(SettingKeys.ENVIRONMENT, "production")).endpoint())
        .isEqualTo(URI.create("https://simple-api.dondominio.net"));
    assertThat(
            read(values(
                    SettingKeys.ENVIRONMENT,
                    "custom",
                    SettingKeys.CUSTOM_URL,
                    "https://api.example.net/"))
                .endpoint())
        .isEqualTo(URI.create("https://api.example.net/"));
  }

  @Test
  void a_custom_environment_needs_a_secure_url_naming_the_setting() {
    assertThatThrownBy(() -> read(values(SettingKeys.ENVIRONMENT, "custom")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("customUrl"));
    assertThatThrownBy(
            () ->
                read(
                    values(
                        SettingKeys.ENVIRONMENT,
                        "custom",
                        SettingKeys.CUSTOM_URL,
                        "http://api.example.net/")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("customUrl"));
  }

  @Test
  void overrides_and_the_customers_may_edit_switch_make_the_contact_policy() throws Exception {
    PluginSettings settings =
        read(
            values(
                SettingKeys.override(ContactRole.OWNER), "abc-123",
                SettingKeys.override(ContactRole.TECH), "TEC-9",
                SettingKeys.customerMayEdit(ContactRole.TECH), "true",
                SettingKeys.customerMayEdit(ContactRole.ADMIN), "false"));

    var owner = settings.contactPolicy().forRole(ContactRole.OWNER);
    assertThat(owner.override().orElseThrow().value()).isEqualTo("ABC-123");
    assertThat(owner.customerMayEdit()).isFalse();
    assertThat(settings.contactPolicy().forRole(ContactRole.TECH).customerMayEdit()).isTrue();
    assertThat(settings.contactPolicy().forRole(ContactRole.ADMIN).customerMayEdit()).isTrue();
  }

  @Test
  void default_nameservers_are_parsed_from_a_typed_list() throws Exception {
    PluginSettings settings =
        read(
            values(
                SettingKeys.DEFAULT_NAMESERVERS,
                " ns1.example.net,ns2.example.net\nns3.example.net "));
    assertThat(settings.defaultNameservers().orElseThrow().hosts()).hasSize(3);
  }

  @Test
  void never_shows_the_api_key() throws Exception {
    PluginSettings settings = read(values());
    assertThat(settings.toString()).doesNotContain("the-secret-key").contains("****");
    assertThat(schema.bind(values()).toString()).doesNotContain("the-secret-key");
  }
}
