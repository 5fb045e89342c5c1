package org.regdesk.app.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What the TLD price import adds to a registrar's cost to make the desk's price.
 *
 * <p>A term of n years costs the registrar n × its yearly cost. The price is that cost plus the
 * margin, rounded to cents half-up (0.005 becomes 0.01): with {@link MarginKind#PERCENT} the cost
 * times (1 + value / 100); with {@link MarginKind#FIXED} the cost plus n × value (the amount is per
 * year, so longer terms keep the same yearly margin).
 *
 * @param kind percent or fixed amount
 * @param value the percentage or the amount per year, never negative, at most two decimals
 */
public record Margin(MarginKind kind, BigDecimal value) {

  /** How prices are rounded: to cents, half-up. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks the parts.
   *
   * @param kind percent or fixed amount
   * @param value the percentage or amount
   */
  public Margin {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new IllegalArgumentException("value: must not be negative");
    }
    value = value.setScale(2, ROUNDING);
  }

  /**
   * A percentage margin.
   *
   * @param percent e.g. {@code 25}
   * @return the margin
   */
  public static Margin percent(String percent) {
    return new Margin(MarginKind.PERCENT, new BigDecimal(percent));
  }

  /**
   * A fixed margin per year.
   *
   * @param amount e.g. {@code 2.50}
   * @return the margin
   */
  public static Margin fixed(String amount) {
    return new Margin(MarginKind.FIXED, new BigDecimal(amount));
  }

  /**
   * The desk's price for a term.
   *
   * @param costPerYear the registrar's yearly cost
   * @param years the term
   * @return the price, two decimals
   */
  public BigDecimal priceFor(BigDecimal costPerYear, int years) {
    BigDecimal n = BigDecimal.valueOf(years);
    BigDecimal cost = costPerYear.multiply(n);
    BigDecimal price =
        switch (kind) {
          case PERCENT -> cost.multiply(HUNDRED.add(value)).divide(HUNDRED);
          case FIXED -> cost.add(value.multiply(n));
        };
    return price.setScale(2, ROUNDING);
  }

  /** Reads e.g. {@code 25.00 %} or {@code 2.50 fixed}. */
  @Override
  public String toString() {
    return value.toPlainString() + " " + kind.label();
  }
}
