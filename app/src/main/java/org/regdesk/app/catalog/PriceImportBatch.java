package org.regdesk.app.catalog;

import java.util.List;
import java.util.Objects;
import org.regdesk.registrar.spi.value.Tld;

/**
 * What a TLD price import stores in one transaction ({@link TldProducts#applyImport}).
 *
 * @param plugin the plugin the TLDs are assigned to
 * @param groupId the product group new TLD products go into
 * @param defaultMargin the default margin to store, or null to keep the stored one
 * @param items the TLDs with their new prices
 */
public record PriceImportBatch(
    String plugin, Long groupId, Margin defaultMargin, List<Item> items) {

  /** Copies the list. */
  public PriceImportBatch {
    Objects.requireNonNull(plugin, "plugin");
    items = List.copyOf(items);
  }

  /**
   * One TLD.
   *
   * @param tld the TLD
   * @param prices its new prices
   * @param margin its own margin to store, or null to keep what the product has
   */
  public record Item(Tld tld, TldPrices prices, Margin margin) {}
}
