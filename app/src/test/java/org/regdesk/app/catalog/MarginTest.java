package org.regdesk.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MarginTest {

  @Test
  void percentMarginsRoundHalfUpToCents() {
    assertThat(Margin.percent("10").priceFor(new BigDecimal("12.95"), 1))
        .isEqualByComparingTo("14.25");
    assertThat(Margin.percent("25").priceFor(new BigDecimal("9.95"), 1))
        .isEqualByComparingTo("12.44");
    assertThat(Margin.percent("0").priceFor(new BigDecimal("0.125"), 1))
        .isEqualByComparingTo("0.13");
    assertThat(Margin.percent("25").priceFor(new BigDecimal("11.50"), 3))
        .isEqualByComparingTo("43.13");
  }

  @Test
  void fixedMarginsArePerYearOfTheTerm() {
    assertThat(Margin.fixed("2.50").priceFor(new BigDecimal("12.95"), 2))
        .isEqualByComparingTo("30.90");
    assertThat(Margin.fixed("0").priceFor(new BigDecimal("0.00"), 10)).isEqualByComparingTo("0.00");
  }

  @Test
  void pricesAlwaysHaveTwoDecimals() {
    assertThat(Margin.percent("33.33").priceFor(new BigDecimal("1"), 1).scale()).isEqualTo(2);
    assertThat(Margin.percent("33.33").priceFor(new BigDecimal("1"), 1))
        .isEqualTo(new BigDecimal("1.33"));
  }
}
