package org.regdesk.app.catalog;

import org.regdesk.registrar.spi.value.Tld;

/**
 * A feature whose records refer to a TLD product (domains, orders). {@link TldProducts} asks every
 * one before it deletes a product and refuses while any record refers to it, saying what.
 *
 * <p>Implement it as a Spring bean in the feature that owns the records.
 */
public interface TldProductUsage {

  /**
   * What the records are, plural, e.g. {@code domains}.
   *
   * @return the noun
   */
  String what();

  /**
   * How many records refer to the TLD.
   *
   * @param tld the TLD
   * @return the count
   */
  long count(Tld tld);
}
