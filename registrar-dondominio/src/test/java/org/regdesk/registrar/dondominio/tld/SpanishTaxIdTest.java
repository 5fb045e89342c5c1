package org.regdesk.registrar.dondominio.tld;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpanishTaxIdTest {

  @ParameterizedTest
  @CsvSource({
    "12345678Z, DNI, 1",
    "00000000T, DNI, 1",
    "x1234567l, NIE, 1",
    "Y-0000000-Z, NIE, 1",
    "B12345674, CIF, 612",
    "A58818501, CIF, 524",
    "G 12345674, CIF, 47",
    "Q2826000H, CIF, 746",
    "P1234567D, CIF, 747",
  })
  void accepts_valid_numbers_and_derives_the_legal_form(String text, String kind, String form) {
    SpanishTaxId id = SpanishTaxId.parse(text).orElseThrow();

    assertThat(id.kind()).isEqualTo(SpanishTaxId.Kind.valueOf(kind));
    assertThat(id.legalForm()).isEqualTo(form);
    assertThat(id.toString()).doesNotContain(id.value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "12345678A",
        "1234567Z",
        "X1234567A",
        "B12345675",
        "Q2826000I",
        "Q28260008",
        "A5881850B",
        "I12345674",
        "",
        "ES12345678Z"
      })
  void refuses_wrong_control_characters_and_shapes(String text) {
    assertThat(SpanishTaxId.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"12345678Z, 1", "X1234567L, 1", "B00000000, 612", "N1234567A, 713", "K1234567, 877"})
  void derives_the_legal_form_from_the_first_character_alone(String text, String form) {
    assertThat(SpanishTaxId.legalFormOf(text)).isEqualTo(form);
  }
}
