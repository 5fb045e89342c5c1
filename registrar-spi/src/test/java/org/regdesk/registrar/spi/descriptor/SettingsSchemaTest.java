package org.regdesk.registrar.spi.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.InvalidValueException;

class SettingsSchemaTest {

  static final SettingsSchema SCHEMA =
      SettingsSchema.of(
          SettingDefinition.text("apiUsername", "API Username").required().build(),
          SettingDefinition.secret("apiKey", "API Key").required().build(),
          SettingDefinition.choice(
                  "environment",
                  "Environment",
                  List.of(
                      ChoiceOption.of("sandbox", "Sandbox"),
                      ChoiceOption.of("production", "Production")))
              .defaultValue("sandbox")
              .build(),
          SettingDefinition.text("ownerOverride", "Owner Override")
              .rule(ValueRule.matching("[A-Za-z]+-[0-9]+", "be LETTERS-DIGITS, as in ABC-123456"))
              .build(),
          SettingDefinition.yesNo("allowPremium", "Allow premium names")
              .defaultValue("false")
              .build(),
          SettingDefinition.readOnlyText("help", "Where to find the key", "Panel › API › Keys")
              .build());

  private static Map<String, String> valid() {
    Map<String, String> values = new HashMap<>();
    values.put("apiUsername", "reseller1");
    values.put("apiKey", "k3y-Very-Secret");
    return values;
  }

  @Test
  void valid_values_bind_with_defaults_applied() {
    RegistrarSettings settings = SCHEMA.bind(valid());

    assertThat(settings.require("apiUsername")).isEqualTo("reseller1");
    assertThat(settings.value("environment")).contains("sandbox");
    assertThat(settings.value("ownerOverride")).isEmpty();
    assertThat(settings.yesNo("allowPremium")).isFalse();
    assertThat(settings.value("help")).contains("Panel › API › Keys");
  }

  @Test
  void every_problem_is_reported_against_its_setting_key() {
    Map<String, String> values = new HashMap<>();
    values.put("apiUsername", " ");
    values.put("environment", "staging");
    values.put("ownerOverride", "abc123");
    values.put("allowPremium", "yes");

    List<FieldError> errors = SCHEMA.validate(values);

    assertThat(errors)
        .containsExactly(
            new FieldError("apiUsername", "is required"),
            new FieldError("apiKey", "is required"),
            new FieldError("environment", "must be one of: sandbox, production"),
            new FieldError("ownerOverride", "must be LETTERS-DIGITS, as in ABC-123456"),
            new FieldError("allowPremium", "must be true or false"));
  }

  @Test
  void bind_refuses_invalid_values_with_all_errors() {
    Map<String, String> values = valid();
    values.put("environment", "staging");
    values.remove("apiUsername");

    assertThatThrownBy(() -> SCHEMA.bind(values))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("apiUsername", "environment"));
  }

  @Test
  void a_secret_that_breaks_a_rule_is_not_repeated_in_the_error() {
    SettingsSchema schema =
        SettingsSchema.of(
            SettingDefinition.secret("apiKey", "API Key")
                .rule(ValueRule.of("be at least 12 characters", v -> v.length() >= 12))
                .build());

    List<FieldError> errors = schema.validate(Map.of("apiKey", "hunter2"));

    assertThat(errors).singleElement().hasToString("apiKey: must be at least 12 characters");
    assertThat(errors.toString()).doesNotContain("hunter2");
  }

  @Test
  void settings_mask_secrets_when_printed_and_hand_them_over_for_scrubbing() {
    RegistrarSettings settings = SCHEMA.bind(valid());

    assertThat(settings.toString())
        .contains("apiUsername=reseller1")
        .contains("apiKey=****")
        .doesNotContain("k3y-Very-Secret");
    assertThat(settings.secretValues()).containsExactly("k3y-Very-Secret");
  }

  @Test
  void undeclared_keys_are_dropped_and_asking_for_them_is_a_plugin_bug() {
    Map<String, String> values = valid();
    values.put("removedInV2", "x");

    RegistrarSettings settings = SCHEMA.bind(values);

    assertThatThrownBy(() -> settings.value("removedInV2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no setting 'removedInV2' is declared");
    assertThatThrownBy(() -> settings.yesNo("apiUsername"))
        .hasMessage("setting 'apiUsername' is not a yes/no setting");
  }

  @Test
  void read_only_text_ignores_what_is_submitted() {
    Map<String, String> values = valid();
    values.put("help", "tampered");

    assertThat(SCHEMA.bind(values).value("help")).contains("Panel › API › Keys");
  }

  @Test
  void schemas_refuse_inconsistent_definitions() {
    assertThatThrownBy(
            () ->
                SettingsSchema.of(
                    SettingDefinition.text("apiKey", "A").build(),
                    SettingDefinition.text("apiKey", "B").build()))
        .hasMessage("settings: the key 'apiKey' is declared twice");
    assertThatThrownBy(
            () -> SettingDefinition.secret("apiKey", "API Key").defaultValue("x").build())
        .hasMessage("setting.defaultValue: a secret cannot have a default");
    assertThatThrownBy(
            () ->
                SettingDefinition.choice("env", "Env", List.of(ChoiceOption.of("a", "A")))
                    .defaultValue("b")
                    .build())
        .hasMessage("setting.defaultValue: the default must be one of: a");
    assertThatThrownBy(() -> SettingDefinition.choice("env", "Env", List.of()).build())
        .hasMessage("setting.options: a choice needs at least one option");
    assertThatThrownBy(() -> SettingDefinition.text("API Key", "API Key").build())
        .hasMessageStartingWith("setting.key: must start with a letter");
    assertThatThrownBy(() -> ValueRule.matching("[a-", "be something"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("regex: does not compile");
  }

  @Test
  void pattern_rules_expose_their_regex_for_client_side_checks() {
    assertThat(SCHEMA.definition("ownerOverride").orElseThrow().rule().orElseThrow().regex())
        .contains("[A-Za-z]+-[0-9]+");
  }
}
