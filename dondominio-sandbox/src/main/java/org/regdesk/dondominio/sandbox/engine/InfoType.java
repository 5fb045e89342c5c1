package org.regdesk.dondominio.sandbox.engine;

import java.util.Locale;
import java.util.Optional;

/** What {@code domain/getinfo} and {@code domain/list} add to the base fields. */
enum InfoType {
  STATUS,
  CONTACT,
  NAMESERVERS,
  AUTHCODE,
  SERVICE,
  GLUERECORDS,
  DNSSEC;

  static Optional<InfoType> fromWire(String value) {
    for (InfoType type : values()) {
      if (type.name().toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
