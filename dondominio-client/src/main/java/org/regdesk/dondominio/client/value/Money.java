package org.regdesk.dondominio.client.value;

import java.math.BigDecimal;
import java.util.Currency;
import org.regdesk.dondominio.client.internal.Checks;

/**
 * An amount of money in a currency, e.g. a price, a charge or the account balance. Amounts are
 * exact decimals as the server sent them, never binary floating point.
 *
 * @param amount the amount
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) {

  /** Checks both parts are present. */
  public Money {
    Checks.required(amount, "amount");
    Checks.required(currency, "currency");
  }

  /** An amount in the currency with this ISO 4217 code. */
  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
