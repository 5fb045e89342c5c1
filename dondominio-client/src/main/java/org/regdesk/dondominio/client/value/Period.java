package org.regdesk.dondominio.client.value;

import org.regdesk.dondominio.client.error.InvalidRequestValueException;

/**
 * A registration or renewal period in whole years ({@code period}), 1 to 10.
 *
 * @param years the number of years
 */
public record Period(int years) {
  /** The longest period registries allow. */
  public static final int MAX_YEARS = 10;

  /** Checks the range. */
  public Period {
    if (years < 1 || years > MAX_YEARS) {
      throw new InvalidRequestValueException("period", "must be 1 to " + MAX_YEARS + " years");
    }
  }

  /** A period of {@code years} years. */
  public static Period ofYears(int years) {
    return new Period(years);
  }
}
