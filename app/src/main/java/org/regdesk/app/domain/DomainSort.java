package org.regdesk.app.domain;

import java.util.Locale;
import java.util.Optional;

/** The orders of the domain list. */
public enum DomainSort {
  /** By name (A-label), A to Z. */
  NAME,
  /** By expiry, soonest first (domains without a known expiry last), then by name. */
  EXPIRY;

  /**
   * The order as typed: {@code name} or {@code expiry}, any case.
   *
   * @param text the text
   * @return the order, or empty when the text names none
   */
  public static Optional<DomainSort> parse(String text) {
    String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (DomainSort sort : values()) {
      if (sort.name().equals(name)) {
        return Optional.of(sort);
      }
    }
    return Optional.empty();
  }

  /**
   * The value for links and forms.
   *
   * @return e.g. {@code expiry}
   */
  public String param() {
    return name().toLowerCase(Locale.ROOT);
  }
}
