package org.regdesk.app.order;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an order stands. */
public enum OrderStatus {
  /** Stored, its job not yet at the registrar. */
  PENDING,
  /** Its job is working on it: sent, or being followed until the registrar finishes. */
  RUNNING,
  /** Finished: registered and active, transferred, or renewed, with the expiry stored. */
  DONE,
  /** Stopped: the message says why; staff may retry it. */
  FAILED;

  /**
   * The name on the wire.
   *
   * @return e.g. {@code pending}
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the order still runs (and blocks another order for the same domain and operation).
   *
   * @return true for pending and running
   */
  public boolean isOpen() {
    return this == PENDING || this == RUNNING;
  }

  /**
   * Reads a status as typed (any case).
   *
   * @param text e.g. {@code failed}
   * @return the status, or empty
   */
  public static Optional<OrderStatus> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
  }
}
