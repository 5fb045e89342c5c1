package org.regdesk.dondominio.sandbox.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * The owner-contact verification states ({@code ownerverification}, {@code verificationstatus}).
 */
enum VerificationStatus {
  VERIFIED,
  NOTAPPLICABLE,
  INPROCESS,
  FAILED;

  private final String wire = name().toLowerCase(Locale.ROOT);

  String wire() {
    return wire;
  }

  static Optional<VerificationStatus> fromWire(String value) {
    for (VerificationStatus status : values()) {
      if (status.wire.equalsIgnoreCase(value)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  static VerificationStatus parse(String field, String value) {
    return fromWire(value)
        .orElseThrow(
            () -> ApiError.invalid(field, "expected verified, notapplicable, inprocess or failed"));
  }
}
