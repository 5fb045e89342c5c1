package org.regdesk.dondominio.client.value;

import java.util.Arrays;

/** Whether a contact is a natural person or an organisation ({@code contactType}). */
public enum ContactType {
  /** {@code individual}: a natural person. */
  INDIVIDUAL("individual"),
  /** {@code organization}: a company or other organisation; needs an organisation name. */
  ORGANIZATION("organization"),
  /** A value the server sent that this client does not know; never sent. */
  UNKNOWN("");

  private final String wireValue;

  ContactType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value on the wire. */
  public String wireValue() {
    return wireValue;
  }

  /** Reads a server value, case-insensitively; unknown values give {@link #UNKNOWN}. */
  public static ContactType fromWire(String value) {
    return Arrays.stream(values())
        .filter(t -> t != UNKNOWN && t.wireValue.equalsIgnoreCase(value))
        .findFirst()
        .orElse(UNKNOWN);
  }
}
