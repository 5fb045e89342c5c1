package org.regdesk.dondominio.client.value;

/** The four contact roles of a domain; the role is the prefix of its wire parameters. */
public enum ContactRole {
  /** The registrant ({@code ownerContact…}). */
  OWNER("owner"),
  /** The administrative contact ({@code adminContact…}). */
  ADMIN("admin"),
  /** The technical contact ({@code techContact…}). */
  TECH("tech"),
  /** The billing contact ({@code billingContact…}). */
  BILLING("billing");

  private final String prefix;

  ContactRole(String prefix) {
    this.prefix = prefix;
  }

  /** The wire prefix of this role's contact parameters, e.g. {@code ownerContact}. */
  public String parameterPrefix() {
    return prefix + "Contact";
  }
}
