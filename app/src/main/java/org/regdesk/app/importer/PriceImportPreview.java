package org.regdesk.app.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.regdesk.app.catalog.Margin;
import org.regdesk.app.catalog.TldOperation;
import org.regdesk.app.catalog.TldPrices;
import org.regdesk.registrar.spi.value.Tld;

/**
 * What a TLD price import would do, per TLD.
 *
 * @param plugin the plugin asked
 * @param groupId the product group of new products
 * @param defaultMargin the default margin used
 * @param rows one per TLD, by TLD
 */
public record PriceImportPreview(
    String plugin, Long groupId, Margin defaultMargin, List<Row> rows) {

  /** Copies the list. */
  public PriceImportPreview {
    rows = List.copyOf(rows);
  }

  /** What happens to a TLD. */
  public enum Change {
    /** A new TLD product is created. */
    NEW("New"),
    /** The product's prices or plugin change. */
    UPDATED("Updated"),
    /** The product already has these prices and this plugin. */
    UNCHANGED("Unchanged"),
    /** Nothing is imported for this TLD; {@link Row#note()} says why. */
    SKIPPED("Skipped");

    private final String label;

    Change(String label) {
      this.label = label;
    }

    /**
     * The text shown.
     *
     * @return the label
     */
    public String label() {
      return label;
    }
  }

  /**
   * One TLD.
   *
   * @param tld the TLD
   * @param change new, updated, unchanged or skipped
   * @param margin the margin applied
   * @param costs the registrar's cost per operation and term
   * @param prices the resulting prices
   * @param current the product's prices now, if it exists
   * @param note why a TLD is skipped, or other remarks; empty otherwise
   */
  public record Row(
      Tld tld,
      Change change,
      Margin margin,
      TldPrices costs,
      TldPrices prices,
      Optional<TldPrices> current,
      String note) {

    /**
     * Cost and price of one operation, by term, for tables.
     *
     * @param operation the operation
     * @return years → price
     */
    public SortedMap<Integer, BigDecimal> pricesOf(TldOperation operation) {
      return prices.of(operation);
    }
  }

  /**
   * How many rows would change something.
   *
   * @return new plus updated rows
   */
  public long changes() {
    return rows.stream()
        .filter(r -> r.change() == Change.NEW || r.change() == Change.UPDATED)
        .count();
  }
}
