package org.regdesk.registrar.spi.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuthCodeTest {

  @Test
  void the_code_never_shows_in_text() {
    AuthCode code = AuthCode.of("  Zx9#k2!pQ  ");

    assertThat(code.value()).isEqualTo("Zx9#k2!pQ");
    assertThat(code.toString()).doesNotContain("Zx9#k2!pQ").isEqualTo("AuthCode[****]");
    assertThat("sending " + code).doesNotContain("Zx9");
  }

  @Test
  void bad_codes_are_refused_without_repeating_them() {
    assertThatThrownBy(() -> AuthCode.of(" ")).hasMessage("authCode: must not be blank");
    assertThatThrownBy(() -> AuthCode.of("secret\u0007code"))
        .hasMessage("authCode: must be a single line without control characters");
    assertThatThrownBy(() -> AuthCode.of("k".repeat(256)))
        .hasMessage("authCode: must be at most 255 characters");
  }
}
