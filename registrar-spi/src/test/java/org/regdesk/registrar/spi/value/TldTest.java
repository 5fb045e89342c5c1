package org.regdesk.registrar.spi.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TldTest {

  @Test
  void a_leading_dot_and_upper_case_are_normalised() {
    assertThat(Tld.of(".COM.es")).isEqualTo(Tld.of("com.es"));
    assertThat(Tld.of(".COM.es").ascii()).isEqualTo("com.es");
  }

  @Test
  void multi_label_suffixes_know_their_labels_and_top_level() {
    Tld tld = Tld.of("com.es");

    assertThat(tld.labelCount()).isEqualTo(2);
    assertThat(tld.topLevel()).isEqualTo(Tld.of("es"));
  }

  @Test
  void unicode_suffixes_round_trip() {
    Tld tld = Tld.of("рф");

    assertThat(tld.ascii()).isEqualTo("xn--p1ai");
    assertThat(tld.unicode()).isEqualTo("рф");
  }

  @Test
  void malformed_suffixes_name_the_tld_field() {
    assertThatThrownBy(() -> Tld.of("")).hasMessage("tld: must not be blank");
    assertThatThrownBy(() -> Tld.of("co_m"))
        .hasMessageStartingWith("tld: 'co_m' contains U+005F (LOW LINE), which IDNA2008");
    assertThatThrownBy(() -> Tld.of("com..es")).hasMessageStartingWith("tld: ");
    assertThatThrownBy(() -> Tld.of("123")).hasMessage("tld: '123' cannot be a top-level domain");
  }
}
