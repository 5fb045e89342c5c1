package org.regdesk.registrar.spi.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

  // Fixed so every build checks the same samples; change it locally to explore further.
  private static final long SEED = 20260301L;

  @Test
  void parts_are_kept_apart_and_joined_for_e164() {
    PhoneNumber phone = PhoneNumber.of(34, "912 34-56.78");

    assertThat(phone.countryCode()).isEqualTo(34);
    assertThat(phone.nationalNumber()).isEqualTo("912345678");
    assertThat(phone.e164()).isEqualTo("+34912345678");
  }

  @Test
  void leading_zeros_of_the_national_number_are_kept() {
    assertThat(PhoneNumber.of(39, "06 1234 5678").e164()).isEqualTo("+390612345678");
  }

  @Test
  void registrar_and_typed_formats_parse() {
    assertThat(PhoneNumber.parse("+34.912345678")).isEqualTo(PhoneNumber.of(34, "912345678"));
    assertThat(PhoneNumber.parse("+1 (415) 555-0100")).isEqualTo(PhoneNumber.of(1, "4155550100"));
  }

  @Test
  void bad_numbers_name_the_phone_field() {
    assertThatThrownBy(() -> PhoneNumber.parse("912345678"))
        .hasMessage("phone: must start with + and the country calling code");
    assertThatThrownBy(() -> PhoneNumber.parse("+34912345678"))
        .hasMessage(
            "phone: must separate the country calling code with a dot or space, as in +34.912345678");
    assertThatThrownBy(() -> PhoneNumber.parse("+3456.12345"))
        .hasMessage("phone: the country calling code must be 1 to 3 digits");
    assertThatThrownBy(() -> PhoneNumber.of(34, "91a"))
        .hasMessage("phone: the national number must be digits");
    assertThatThrownBy(() -> PhoneNumber.of(0, "912345678"))
        .hasMessage("phone: the country calling code must be 1 to 3 digits");
    assertThatThrownBy(() -> PhoneNumber.of(34, ""))
        .hasMessage("phone: the national number must be digits");
  }

  @Test
  void numbers_within_fifteen_digits_round_trip_through_text() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(integers().between(1, 999), Alphabet.stringsOf("0123456789", 1, 14))
        .assuming(
            (countryCode, national) ->
                String.valueOf(countryCode).length() + national.length() <= 15)
        .checkAssert(
            (countryCode, national) -> {
              PhoneNumber phone = PhoneNumber.of(countryCode, national);

              assertThat(PhoneNumber.parse("+" + countryCode + "." + national)).isEqualTo(phone);
              assertThat(phone.e164()).matches("\\+\\d{2,15}").hasSizeLessThanOrEqualTo(16);
            });
  }

  @Test
  void more_than_fifteen_digits_are_refused() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(integers().between(1, 999), integers().between(13, 30))
        .assuming(
            (countryCode, nationalLength) ->
                String.valueOf(countryCode).length() + nationalLength > 15)
        .checkAssert(
            (countryCode, nationalLength) ->
                assertThatThrownBy(() -> PhoneNumber.of(countryCode, "5".repeat(nationalLength)))
                    .hasMessage("phone: must have at most 15 digits including the country code"));
  }
}
