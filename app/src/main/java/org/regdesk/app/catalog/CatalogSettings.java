package org.regdesk.app.catalog;

import java.util.Currency;
import java.util.Objects;

/**
 * The catalog's settings.
 *
 * @param currency the currency of every price (one per desk; EUR at first)
 * @param defaultMargin the margin the TLD price import adds where a TLD has none of its own
 */
public record CatalogSettings(Currency currency, Margin defaultMargin) {

  /** Checks the parts. */
  public CatalogSettings {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(defaultMargin, "defaultMargin");
  }
}
