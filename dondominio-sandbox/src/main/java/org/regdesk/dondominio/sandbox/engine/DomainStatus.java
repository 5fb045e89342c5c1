package org.regdesk.dondominio.sandbox.engine;

import java.util.Locale;
import java.util.Optional;

/** The {@code status} values of §7 of the API document, with their wire spelling. */
enum DomainStatus {
  REGISTER_INIT,
  REGISTER_PENDING,
  REGISTER_CANCEL,
  TRANSFER_INIT,
  TRANSFER_PENDING,
  TRANSFER_CANCEL,
  INACTIVE,
  ACTIVE,
  RENEWED,
  EXPIRED_RENEWGRACE,
  EXPIRED_REDEMPTION,
  EXPIRED_PENDINGDELETE;

  private final String wire = name().toLowerCase(Locale.ROOT).replace('_', '-');

  String wire() {
    return wire;
  }

  static Optional<DomainStatus> fromWire(String value) {
    for (DomainStatus status : values()) {
      if (status.wire.equalsIgnoreCase(value)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
