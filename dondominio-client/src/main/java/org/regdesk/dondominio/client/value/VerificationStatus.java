package org.regdesk.dondominio.client.value;

import java.util.Arrays;

/**
 * Where a contact stands in the ICANN contact-data verification ({@code ownerverification}, {@code
 * verificationstatus}).
 */
public enum VerificationStatus {
  /** {@code verified}. */
  VERIFIED("verified"),
  /** {@code notapplicable}: the TLD does not require verification. */
  NOT_APPLICABLE("notapplicable"),
  /** {@code inprocess}: verification mail sent, not yet confirmed. */
  IN_PROCESS("inprocess"),
  /** {@code failed}. */
  FAILED("failed"),
  /** A value the server sent that this client does not know; never sent. */
  UNKNOWN("");

  private final String wireValue;

  VerificationStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value on the wire. */
  public String wireValue() {
    return wireValue;
  }

  /** Reads a server value, case-insensitively; unknown values give {@link #UNKNOWN}. */
  public static VerificationStatus fromWire(String value) {
    return Arrays.stream(values())
        .filter(s -> s != UNKNOWN && s.wireValue.equalsIgnoreCase(value))
        .findFirst()
        .orElse(UNKNOWN);
  }
}
