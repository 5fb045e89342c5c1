package org.regdesk.dondominio.sandbox.engine;

import java.util.Locale;
import java.util.Optional;

/** What happens at expiry: {@code autorenew} renews when the balance allows, the others expire. */
enum RenewalMode {
  AUTORENEW,
  MANUAL,
  LETEXPIRE;

  private final String wire = name().toLowerCase(Locale.ROOT);

  String wire() {
    return wire;
  }

  static Optional<RenewalMode> fromWire(String value) {
    for (RenewalMode mode : values()) {
      if (mode.wire.equalsIgnoreCase(value)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }

  /** Reads an optional filter or update value; 105 naming {@code field} when not a known mode. */
  static RenewalMode parse(String field, String value) {
    return fromWire(value)
        .orElseThrow(() -> ApiError.invalid(field, "expected autorenew, manual or letexpire"));
  }
}
