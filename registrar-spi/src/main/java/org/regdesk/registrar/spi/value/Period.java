package org.regdesk.registrar.spi.value;

import java.time.LocalDate;
import org.regdesk.registrar.spi.internal.Require;

/**
 * A registration, transfer or renewal term in whole years, 1 to 10 (the most any registry allows).
 * Registries may allow fewer years for a TLD; the plugin reports that as a rejection.
 *
 * @param years the number of years, 1–10
 */
public record Period(int years) implements Comparable<Period> {

  /** The shortest term. */
  public static final int MIN_YEARS = 1;

  /** The longest term any registry allows. */
  public static final int MAX_YEARS = 10;

  /**
   * Checks the range.
   *
   * @param years the number of years, 1–10
   */
  public Period {
    Require.between("period", years, MIN_YEARS, MAX_YEARS);
  }

  /**
   * A term of whole years.
   *
   * @param years 1–10
   * @return the period
   * @throws InvalidValueException naming the field {@code period}
   */
  public static Period ofYears(int years) {
    return new Period(years);
  }

  /**
   * The expiry after adding this term, e.g. for checking a renewal's result.
   *
   * @param expiry the current expiry date
   * @return the date {@link #years()} years later
   */
  public LocalDate addTo(LocalDate expiry) {
    return expiry.plusYears(years);
  }

  @Override
  public int compareTo(Period other) {
    return Integer.compare(years, other.years);
  }

  /** Returns e.g. {@code 1 year} or {@code 3 years}. */
  @Override
  public String toString() {
    return years == 1 ? "1 year" : years + " years";
  }
}
