package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The error table of §9 of the API document, as the sandbox knows it. */
class ErrorCodesTest {
  @ParameterizedTest
  @ValueSource(
      ints = {
        1, 100, 101, 102, 103, 104, 105, 200, 201, 210, 300, 1000, 1001, 1002, 1003, 1004, 1005,
        1006, 1007, 1009, 1010, 1011, 1012, 1013, 1014, 1030, 1100, 2001, 2002, 2003, 2004, 2005,
        2006, 2007, 2008, 2009, 2010, 2011, 2012, 2100, 2101, 2102, 2200, 2201, 2202, 2210, 3001,
        3002, 3003, 3500, 3501, 3502, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4010,
        5000, 5001, 10001
      })
  void every_code_of_the_table_is_known_with_a_description(int code) {
    assertThat(ErrorCodes.isKnown(code)).isTrue();
    assertThat(ErrorCodes.describe(code)).isNotBlank();
  }

  @Test
  void codes_outside_the_table_read_as_undefined() {
    // 1008 is missing from the table; -1 is the SDK's own client-side validation code
    assertThat(ErrorCodes.isKnown(1008)).isFalse();
    assertThat(ErrorCodes.isKnown(-1)).isFalse();
    assertThat(ErrorCodes.describe(1008)).isEqualTo("Undefined error");
    assertThat(ErrorCodes.describe(0)).isEmpty();
  }
}
