package org.regdesk.registrar.tck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.descriptor.RegistrarDescriptor;
import org.regdesk.registrar.spi.descriptor.SettingDefinition;
import org.regdesk.registrar.spi.descriptor.SettingsSchema;
import org.regdesk.registrar.spi.descriptor.ValueRule;

class DescriptorFingerprintTest {

  private static RegistrarDescriptor withUserRule(String regex) {
    return RegistrarDescriptor.builder("sample", "Sample", "1.0.0")
        .settings(
            SettingsSchema.of(
                SettingDefinition.text("apiUsername", "API Username")
                    .rule(ValueRule.matching(regex, "be a user name"))
                    .build()))
        .build();
  }

  @Test
  void descriptors_built_alike_with_pattern_rules_have_one_fingerprint_though_not_equal() {
    RegistrarDescriptor first = withUserRule("[a-z]{3,8}");
    RegistrarDescriptor second = withUserRule("[a-z]{3,8}");

    // A compiled pattern compares by identity, which is why the suite compares fingerprints.
    assertThat(first).isNotEqualTo(second);
    assertThat(DescriptorFingerprint.of(first)).isEqualTo(DescriptorFingerprint.of(second));
  }

  @Test
  void a_different_rule_gives_a_different_fingerprint() {
    assertThat(DescriptorFingerprint.of(withUserRule("[a-z]{3,8}")))
        .isNotEqualTo(DescriptorFingerprint.of(withUserRule("[a-z]{3,9}")))
        .contains(
            "setting apiUsername|API Username|TEXT|false|<none>||{}|be a user name /[a-z]{3,8}/");
  }
}
