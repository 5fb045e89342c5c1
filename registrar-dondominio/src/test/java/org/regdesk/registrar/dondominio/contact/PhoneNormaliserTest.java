package org.regdesk.registrar.dondominio.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regdesk.registrar.spi.value.PhoneNumber;

class PhoneNormaliserTest {

  @ParameterizedTest
  @CsvSource({
    "+34.600111222, +34.600111222",
    "+44.02079460018, +44.2079460018",
    "+39.0612345678, +39.0612345678",
    "+1.2025550143, +1.2025550143",
  })
  void writes_desk_numbers_as_plus_country_dot_number(String desk, String wire) {
    assertThat(PhoneNormaliser.normalise(PhoneNumber.parse(desk))).contains(wire);
  }

  @Test
  void refuses_numbers_that_cannot_exist() {
    assertThat(PhoneNormaliser.normalise(PhoneNumber.parse("+34.12"))).isEmpty();
    assertThat(PhoneNormaliser.normalise(PhoneNumber.parse("+999.123456"))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "600 11 12 22, ES, +34.600111222",
    "0034 600-111-222, ES, +34.600111222",
    "(020) 7946 0018, GB, +44.2079460018",
    "+33 1 23 45 67 89, ES, +33.123456789",
  })
  void reads_numbers_as_customers_type_them(String typed, String country, String wire) {
    assertThat(PhoneNormaliser.normalise(typed, country)).contains(wire);
  }

  @Test
  void an_unreadable_typed_number_is_empty() {
    assertThat(PhoneNormaliser.normalise("call me", "ES")).isEmpty();
    assertThat(PhoneNormaliser.normalise("", "ES")).isEmpty();
  }
}
