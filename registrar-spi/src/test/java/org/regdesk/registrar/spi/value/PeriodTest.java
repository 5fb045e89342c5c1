package org.regdesk.registrar.spi.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  // Fixed so every build checks the same samples; change it locally to explore further.
  private static final long SEED = 20260301L;

  @Test
  void one_to_ten_years_are_accepted() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(integers().between(1, 10))
        .checkAssert(years -> assertThat(Period.ofYears(years).years()).isEqualTo(years));
  }

  @Test
  void anything_else_is_refused_naming_the_period_field() {
    // Any int at all, but half the samples stay close to the valid range so its edges (0, 11)
    // come up many times, not only values in the billions.
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(integers().all().mix(integers().between(-20, 30)))
        .assuming(years -> years < 1 || years > 10)
        .checkAssert(
            years ->
                assertThatThrownBy(() -> Period.ofYears(years))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("period: must be between 1 and 10"));
  }

  @Test
  void adding_a_period_moves_the_expiry_by_whole_years() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(integers().between(1, 10), integers().between(0, 20000))
        .checkAssert(
            (years, dayOffset) -> {
              LocalDate expiry = LocalDate.of(2000, 1, 1).plusDays(dayOffset);

              LocalDate renewed = Period.ofYears(years).addTo(expiry);

              assertThat(renewed).isEqualTo(expiry.plusYears(years));
              assertThat(renewed.getYear() - expiry.getYear()).isEqualTo(years);
            });
  }

  @Test
  void periods_read_naturally_and_sort_by_length() {
    assertThat(Period.ofYears(1)).hasToString("1 year");
    assertThat(Period.ofYears(3)).hasToString("3 years");
    assertThat(Period.ofYears(2)).isLessThan(Period.ofYears(5));
  }
}
