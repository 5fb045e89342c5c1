package org.regdesk.dondominio.sandbox.engine;

/**
 * A domain held at another registrar, added through the control API so that a transfer in can find
 * it.
 *
 * @param authcode what the current registrar expects
 * @param expiryDay its current expiry (epoch day)
 * @param locked a registrar lock there: transfers are refused with 2005
 * @param nameservers what {@code nameservers=keepns} keeps
 */
record ForeignDomain(
    DomainName name, String authcode, int expiryDay, boolean locked, Nameservers nameservers) {

  @Override
  public String toString() {
    return "ForeignDomain[" + name.ascii() + ", authcode=*****]";
  }
}
