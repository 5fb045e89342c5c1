package org.regdesk.app.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * The two kinds of admin-defined custom fields (ClientExec's Settings › Products › Custom Fields
 * and Settings › Users › Custom Fields). Keys are unique within a kind.
 */
public enum CustomFieldKind {
  /** Asked per domain on an order, for all product groups or for chosen ones. */
  DOMAIN("domain field"),
  /** Asked once per customer; may answer one of the registrar SPI's customer fields. */
  CUSTOMER("customer field");

  private final String label;

  CustomFieldKind(String label) {
    this.label = label;
  }

  /**
   * How people call a field of this kind, e.g. {@code customer field}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The kind written in a form or a query, in any case: {@code domain}, {@code CUSTOMER}.
   *
   * @param text the text, may be null
   * @return the kind, or empty when the text names none
   */
  public static Optional<CustomFieldKind> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String upper = text.strip().toUpperCase(Locale.ROOT);
    for (CustomFieldKind kind : values()) {
      if (kind.name().equals(upper)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
