package org.regdesk.registrar.spi.value;

import java.math.BigDecimal;
import java.util.Currency;
import org.regdesk.registrar.spi.internal.Require;

/**
 * An amount in a currency: prices, charges and balances. Never a {@code double}.
 *
 * <p>The amount is normalised to at least the currency's usual number of decimals, so {@code 11.5
 * EUR} and {@code 11.50 EUR} are equal; extra decimals that registrars quote (e.g. {@code 0.125})
 * are kept. The amount may be negative, because an account balance can be.
 *
 * @param amount the amount
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /**
   * Checks both parts and normalises the scale.
   *
   * @param amount the amount
   * @param currency the ISO 4217 currency
   */
  public Money {
    Require.present("amount", amount);
    Require.present("currency", currency);
    BigDecimal stripped = amount.stripTrailingZeros();
    int scale = Math.max(Math.max(stripped.scale(), currency.getDefaultFractionDigits()), 0);
    amount = stripped.setScale(scale);
  }

  /**
   * An amount from text, e.g. {@code Money.of("11.50", "EUR")}.
   *
   * @param amount a decimal number
   * @param currencyCode an ISO 4217 code
   * @return the money
   * @throws InvalidValueException naming {@code amount} or {@code currency}
   */
  public static Money of(String amount, String currencyCode) {
    return of(parseAmount(amount), currency(currencyCode));
  }

  /**
   * An amount in a currency.
   *
   * @param amount the amount
   * @param currency the currency
   * @return the money
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /**
   * A currency from its ISO 4217 code.
   *
   * @param code e.g. {@code EUR}; case-insensitive
   * @return the currency
   * @throws InvalidValueException naming the field {@code currency}
   */
  public static Currency currency(String code) {
    String trimmed = Require.line("currency", code, 3);
    try {
      return Currency.getInstance(trimmed.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("currency", "'" + trimmed + "' is not an ISO 4217 code");
    }
  }

  private static BigDecimal parseAmount(String amount) {
    String trimmed = Require.line("amount", amount, 40);
    try {
      return new BigDecimal(trimmed);
    } catch (NumberFormatException e) {
      throw new InvalidValueException("amount", "must be a decimal number such as 11.50");
    }
  }

  /**
   * Whether the amount is below zero.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Compares amounts of the same currency.
   *
   * @throws IllegalArgumentException if the currencies differ: amounts in different currencies have
   *     no order without an exchange rate
   */
  @Override
  public int compareTo(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot compare " + currency + " with " + other.currency + " without an exchange rate");
    }
    return amount.compareTo(other.amount);
  }

  /** Returns e.g. {@code 11.50 EUR}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
