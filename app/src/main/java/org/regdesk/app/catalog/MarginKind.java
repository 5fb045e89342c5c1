package org.regdesk.app.catalog;

import java.util.Locale;
import java.util.Optional;

/** How the TLD price import adds a margin to a registrar's cost. */
public enum MarginKind {
  /** A percentage of the cost: 25 means cost × 1.25. */
  PERCENT("%"),
  /** A fixed amount per year of the term, in the desk's currency. */
  FIXED("fixed");

  private final String label;

  MarginKind(String label) {
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
   * The kind written in a form or JSON, in any case.
   *
   * @param text the text, may be null
   * @return the kind, or empty when the text names none
   */
  public static Optional<MarginKind> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String upper = text.strip().toUpperCase(Locale.ROOT);
    for (MarginKind kind : values()) {
      if (kind.name().equals(upper)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
