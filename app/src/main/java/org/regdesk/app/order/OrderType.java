package org.regdesk.app.order;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.regdesk.app.catalog.TldOperation;

/** What an order asks the registrar to do. */
public enum OrderType {
  /** Register a free name. */
  REGISTER(TldOperation.REGISTER),
  /** Transfer a name in from another registrar, with its auth code. */
  TRANSFER(TldOperation.TRANSFER),
  /** Renew a name the desk holds, guarded by its current expiry. */
  RENEW(TldOperation.RENEW);

  private final TldOperation operation;

  OrderType(TldOperation operation) {
    this.operation = operation;
  }

  /**
   * The price list this order type is charged from.
   *
   * @return the operation
   */
  public TldOperation operation() {
    return operation;
  }

  /**
   * The name on the wire and in job keys.
   *
   * @return e.g. {@code register}
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The name people read.
   *
   * @return e.g. {@code Register}
   */
  public String label() {
    return operation.label();
  }

  /**
   * Reads a type as typed (any case).
   *
   * @param text e.g. {@code transfer}
   * @return the type, or empty
   */
  public static Optional<OrderType> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
  }
}
