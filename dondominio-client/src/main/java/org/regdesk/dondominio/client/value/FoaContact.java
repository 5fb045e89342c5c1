package org.regdesk.dondominio.client.value;

/** Which contact receives the transfer authorisation (FOA) mail ({@code foacontact}). */
public enum FoaContact {
  /** {@code owner}. */
  OWNER("owner"),
  /** {@code admin}. */
  ADMIN("admin");

  private final String wireValue;

  FoaContact(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value on the wire. */
  public String wireValue() {
    return wireValue;
  }
}
