package org.regdesk.registrar.spi.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

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

  @Provide
  Arbitrary<String> nationalNumbers() {
    return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(14);
  }

  @Property(seed = "20260301")
  void numbers_within_fifteen_digits_round_trip_through_text(
      @ForAll @IntRange(min = 1, max = 999) int countryCode,
      @ForAll("nationalNumbers") String national) {
    if (String.valueOf(countryCode).length() + national.length() > 15) {
      return;
    }
    PhoneNumber phone = PhoneNumber.of(countryCode, national);

    assertThat(PhoneNumber.parse("+" + countryCode + "." + national)).isEqualTo(phone);
    assertThat(phone.e164()).matches("\\+\\d{2,15}").hasSizeLessThanOrEqualTo(16);
  }

  @Property(seed = "20260301")
  void more_than_fifteen_digits_are_refused(
      @ForAll @IntRange(min = 1, max = 999) int countryCode,
      @ForAll @IntRange(min = 13, max = 30) int nationalLength) {
    if (String.valueOf(countryCode).length() + nationalLength <= 15) {
      return;
    }
    assertThatThrownBy(() -> PhoneNumber.of(countryCode, "5".repeat(nationalLength)))
        .hasMessage("phone: must have at most 15 digits including the country code");
  }
}
