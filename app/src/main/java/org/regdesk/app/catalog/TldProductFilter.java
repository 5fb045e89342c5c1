package org.regdesk.app.catalog;

/**
 * Which TLD products a list shows.
 *
 * @param search the start of the TLD (A-label or Unicode, leading dot optional); blank for all
 * @param groupId only this product group; null for all
 * @param plugin only TLDs assigned to this plugin; {@value #MANUAL} for those with none; blank for
 *     all
 */
public record TldProductFilter(String search, Long groupId, String plugin) {

  /** The plugin filter value that selects TLDs without a plugin (manual registration). */
  public static final String MANUAL = "none";

  /** Everything. */
  public static final TldProductFilter ALL = new TldProductFilter(null, null, null);
}
