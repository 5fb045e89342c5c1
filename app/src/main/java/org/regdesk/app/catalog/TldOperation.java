package org.regdesk.app.catalog;

import java.util.Locale;
import java.util.Optional;

/** What a TLD product's price is for. */
public enum TldOperation {
  /** A new registration. */
  REGISTER("register", "Register"),
  /** A transfer in from another registrar. */
  TRANSFER("transfer", "Transfer"),
  /** A renewal. */
  RENEW("renew", "Renew");

  private final String key;
  private final String label;

  TldOperation(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /**
   * The key in forms, JSON and error names, e.g. {@code register} in {@code prices.register.1}.
   *
   * @return the key
   */
  public String key() {
    return key;
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
   * The operation written in a form or JSON, in any case.
   *
   * @param text the text, may be null
   * @return the operation, or empty when the text names none
   */
  public static Optional<TldOperation> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String lower = text.strip().toLowerCase(Locale.ROOT);
    for (TldOperation operation : values()) {
      if (operation.key.equals(lower)) {
        return Optional.of(operation);
      }
    }
    return Optional.empty();
  }
}
