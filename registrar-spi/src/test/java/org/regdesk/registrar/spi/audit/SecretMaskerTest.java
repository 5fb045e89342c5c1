package org.regdesk.registrar.spi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {

  @Test
  void values_under_sensitive_keys_are_masked_whole() {
    Map<String, String> sent = new LinkedHashMap<>();
    sent.put("apiuser", "reseller1");
    sent.put("apipasswd", "anything");
    sent.put("authcode", "EPP-1");
    sent.put("aeroPass", "p");
    sent.put("X-Api-Key", "k");
    sent.put("auth_info", "i");
    sent.put("domain", "shop.com");

    Map<String, String> masked = SecretMasker.standard().mask(sent);

    assertThat(masked)
        .containsExactly(
            Map.entry("apiuser", "reseller1"),
            Map.entry("apipasswd", "****"),
            Map.entry("authcode", "****"),
            Map.entry("aeroPass", "****"),
            Map.entry("X-Api-Key", "****"),
            Map.entry("auth_info", "****"),
            Map.entry("domain", "shop.com"));
  }

  @Test
  void known_secret_values_are_scrubbed_anywhere_raw_or_url_encoded() {
    SecretMasker masker = SecretMasker.standard().withSecretValues(List.of("s3cr3t&key=1", " "));

    assertThat(masker.scrub("body: apiuser=a&pw=s3cr3t%26key%3D1 and s3cr3t&key=1"))
        .isEqualTo("body: apiuser=a&pw=**** and ****");
    assertThat(masker.mask(Map.of("note", "key s3cr3t&key=1 leaked")))
        .containsEntry("note", "key **** leaked");
  }

  @Test
  void a_secret_containing_another_is_masked_whole() {
    SecretMasker masker = SecretMasker.standard().withSecretValues(List.of("abcd", "abcdefgh"));

    assertThat(masker.scrub("x abcdefgh y")).isEqualTo("x **** y");
  }

  @Test
  void plugins_can_add_their_own_sensitive_keys() {
    SecretMasker masker = SecretMasker.standard().withSensitiveKeys("ownerContactIdentNumber");

    assertThat(masker.isSensitiveKey("ownercontact-identnumber")).isTrue();
    assertThat(masker.isSensitiveKey("ownerContactEmail")).isFalse();
    assertThat(SecretMasker.standard().isSensitiveKey("ownerContactIdentNumber")).isFalse();
  }
}
