package org.regdesk.app.catalog;

import java.util.Locale;
import java.util.Optional;

/** What a product group sells. Only domains for now. */
public enum ProductGroupType {
  /** Domain registrations, transfers and renewals, one TLD product each. */
  DOMAIN("Domain");

  private final String label;

  ProductGroupType(String label) {
    this.label = label;
  }

  /**
   * The name shown on screens.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The type written in a form or in JSON, in any case.
   *
   * @param text the text, may be null
   * @return the type, or empty when the text names none
   */
  public static Optional<ProductGroupType> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String upper = text.strip().toUpperCase(Locale.ROOT);
    for (ProductGroupType type : values()) {
      if (type.name().equals(upper)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
