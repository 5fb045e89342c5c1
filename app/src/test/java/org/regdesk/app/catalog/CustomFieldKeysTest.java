package org.regdesk.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomFieldKeysTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Date of Birth | dateOfBirth",
        "VAT Number | vatNumber",
        "Intended Use | intendedUse",
        "Número de identificación | numeroDeIdentificacion",
        "2nd address line | field2ndAddressLine",
        "  aero-ID  | aeroId",
        "ИНН | ''"
      })
  void aKeyIsMadeFromTheNameInLowerCamelCase(String name, String key) {
    assertThat(CustomFieldKeys.fromName(name)).isEqualTo(key);
    assertThat(key.isEmpty() || CustomFieldKeys.valid(key)).isTrue();
  }
}
