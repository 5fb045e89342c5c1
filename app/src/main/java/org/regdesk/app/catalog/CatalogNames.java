package org.regdesk.app.catalog;

import java.util.Locale;

/** How the catalog compares names: whatever the case, the same way on every database. */
final class CatalogNames {

  private CatalogNames() {}

  /**
   * The name as stored in a {@code name_lower} column.
   *
   * @param name the name as shown
   * @return the name lower-cased
   */
  static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
