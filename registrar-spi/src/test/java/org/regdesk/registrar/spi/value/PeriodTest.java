package org.regdesk.registrar.spi.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Property(seed = "20260301")
  void one_to_ten_years_are_accepted(@ForAll @IntRange(min = 1, max = 10) int years) {
    assertThat(Period.ofYears(years).years()).isEqualTo(years);
  }

  @Property(seed = "20260301")
  void anything_else_is_refused_naming_the_period_field(@ForAll int years) {
    if (years >= 1 && years <= 10) {
      return;
    }
    assertThatThrownBy(() -> Period.ofYears(years))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("period: must be between 1 and 10");
  }

  @Property(seed = "20260301")
  void adding_a_period_moves_the_expiry_by_whole_years(
      @ForAll @IntRange(min = 1, max = 10) int years,
      @ForAll @IntRange(min = 0, max = 20000) int dayOffset) {
    LocalDate expiry = LocalDate.of(2000, 1, 1).plusDays(dayOffset);

    LocalDate renewed = Period.ofYears(years).addTo(expiry);

    assertThat(renewed).isEqualTo(expiry.plusYears(years));
    assertThat(renewed.getYear() - expiry.getYear()).isEqualTo(years);
  }

  @Test
  void periods_read_naturally_and_sort_by_length() {
    assertThat(Period.ofYears(1)).hasToString("1 year");
    assertThat(Period.ofYears(3)).hasToString("3 years");
    assertThat(Period.ofYears(2)).isLessThan(Period.ofYears(5));
  }
}
