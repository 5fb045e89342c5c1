package org.regdesk.registrar.spi.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void amounts_that_differ_only_in_trailing_zeros_are_equal() {
    assertThat(Money.of("11.5", "EUR")).isEqualTo(Money.of("11.500", "eur"));
    assertThat(Money.of("11.5", "EUR").amount()).isEqualByComparingTo("11.50");
    assertThat(Money.of("11.5", "EUR")).hasToString("11.50 EUR");
  }

  @Test
  void extra_decimals_quoted_by_a_registrar_are_kept() {
    assertThat(Money.of("0.125", "USD")).hasToString("0.125 USD");
  }

  @Test
  void currencies_without_decimals_keep_whole_amounts() {
    assertThat(Money.of("1500", "JPY")).hasToString("1500 JPY");
    assertThat(Money.of("1.5E3", "JPY")).isEqualTo(Money.of("1500", "JPY"));
  }

  @Test
  void a_negative_balance_is_representable() {
    assertThat(Money.of("-3.20", "EUR").isNegative()).isTrue();
  }

  @Test
  void bad_input_names_the_field() {
    assertThatThrownBy(() -> Money.of("eleven", "EUR"))
        .hasMessage("amount: must be a decimal number such as 11.50");
    assertThatThrownBy(() -> Money.of("1", "EURO"))
        .hasMessage("currency: must be at most 3 characters");
    assertThatThrownBy(() -> Money.of("1", "XYZ"))
        .hasMessage("currency: 'XYZ' is not an ISO 4217 code");
    assertThatThrownBy(() -> Money.of((BigDecimal) null, Currency.getInstance("EUR")))
        .hasMessage("amount: is required");
  }

  @Test
  void amounts_compare_within_a_currency_only() {
    assertThat(Money.of("10", "EUR")).isLessThan(Money.of("10.01", "EUR"));
    assertThatThrownBy(() -> Money.of("10", "EUR").compareTo(Money.of("10", "USD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exchange rate");
  }
}
