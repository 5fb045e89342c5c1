package org.regdesk.dondominio.client.value;

import java.util.Arrays;

/** What DonDominio does when a domain approaches expiry ({@code renewalMode}). */
public enum RenewalMode {
  /** {@code autorenew}: renew automatically from the account balance. */
  AUTORENEW("autorenew"),
  /** {@code manual}: wait for an explicit renew. */
  MANUAL("manual"),
  /** {@code letexpire}: let the domain expire. */
  LET_EXPIRE("letexpire"),
  /** A value the server sent that this client does not know; never sent. */
  UNKNOWN("");

  private final String wireValue;

  RenewalMode(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value on the wire. */
  public String wireValue() {
    return wireValue;
  }

  /** Reads a server value, case-insensitively; unknown values give {@link #UNKNOWN}. */
  public static RenewalMode fromWire(String value) {
    return Arrays.stream(values())
        .filter(m -> m != UNKNOWN && m.wireValue.equalsIgnoreCase(value))
        .findFirst()
        .orElse(UNKNOWN);
  }
}
