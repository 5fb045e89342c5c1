package org.regdesk.app.catalog;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A TLD product's prices: per operation, per term in years (1–10), two decimals, in the desk's
 * currency. A term may be priced for some operations only.
 *
 * @param byOperation operation → years → price; operations without prices may be absent
 */
public record TldPrices(Map<TldOperation, SortedMap<Integer, BigDecimal>> byOperation) {

  /** No prices. */
  public static final TldPrices NONE = new TldPrices(Map.of());

  /** Copies the maps; every operation is present (possibly empty). */
  public TldPrices {
    Map<TldOperation, SortedMap<Integer, BigDecimal>> copy = new EnumMap<>(TldOperation.class);
    for (TldOperation operation : TldOperation.values()) {
      SortedMap<Integer, BigDecimal> given = byOperation.get(operation);
      copy.put(
          operation,
          Collections.unmodifiableSortedMap(
              given == null ? new TreeMap<>() : new TreeMap<>(given)));
    }
    byOperation = Collections.unmodifiableMap(copy);
  }

  /**
   * The prices of one operation.
   *
   * @param operation the operation
   * @return years → price, by term
   */
  public SortedMap<Integer, BigDecimal> of(TldOperation operation) {
    return byOperation.get(operation);
  }

  /**
   * The price of one term.
   *
   * @param operation the operation
   * @param years the term
   * @return the price, or empty when the term is not offered for the operation
   */
  public Optional<BigDecimal> price(TldOperation operation, int years) {
    return Optional.ofNullable(of(operation).get(years));
  }

  /**
   * A price as screens show it.
   *
   * @param operationKey {@code register}, {@code transfer} or {@code renew}
   * @param years the term
   * @return e.g. {@code 12.44}, or {@code —} when the term is not offered
   */
  public String shown(String operationKey, int years) {
    return TldOperation.parse(operationKey)
        .flatMap(operation -> price(operation, years))
        .map(BigDecimal::toPlainString)
        .orElse("—");
  }

  /**
   * Whether there are no prices at all.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return byOperation.values().stream().allMatch(Map::isEmpty);
  }

  /**
   * Whether two price lists hold the same prices (whatever the scale of the numbers).
   *
   * @param other the other prices
   * @return true when every operation offers the same terms at the same prices
   */
  public boolean samePrices(TldPrices other) {
    for (TldOperation operation : TldOperation.values()) {
      SortedMap<Integer, BigDecimal> mine = of(operation);
      SortedMap<Integer, BigDecimal> theirs = other.of(operation);
      if (!mine.keySet().equals(theirs.keySet())) {
        return false;
      }
      for (Map.Entry<Integer, BigDecimal> e : mine.entrySet()) {
        if (e.getValue().compareTo(theirs.get(e.getKey())) != 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** Builds prices one term at a time. */
  public static final class Builder {
    private final Map<TldOperation, SortedMap<Integer, BigDecimal>> prices =
        new EnumMap<>(TldOperation.class);

    /**
     * Sets one price.
     *
     * @param operation the operation
     * @param years the term
     * @param price the price
     * @return this
     */
    public Builder put(TldOperation operation, int years, BigDecimal price) {
      prices.computeIfAbsent(operation, o -> new TreeMap<>()).put(years, price);
      return this;
    }

    /**
     * The prices.
     *
     * @return the prices
     */
    public TldPrices build() {
      return new TldPrices(prices);
    }
  }

  /**
   * Starts a price list.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }
}
