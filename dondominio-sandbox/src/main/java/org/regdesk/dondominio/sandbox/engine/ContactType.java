package org.regdesk.dondominio.sandbox.engine;

import java.util.Locale;
import java.util.Optional;

/** A contact is a natural person or an organisation; organisations need {@code OrgName}. */
enum ContactType {
  INDIVIDUAL,
  ORGANIZATION;

  private final String wire = name().toLowerCase(Locale.ROOT);

  String wire() {
    return wire;
  }

  static Optional<ContactType> fromWire(String value) {
    for (ContactType type : values()) {
      if (type.wire.equalsIgnoreCase(value)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
