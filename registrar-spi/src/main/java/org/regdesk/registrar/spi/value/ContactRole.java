package org.regdesk.registrar.spi.value;

/** The four roles a contact can play for a domain. */
public enum ContactRole {
  /** The registrant, who holds the domain. Changing it may need a verification or trade process. */
  OWNER,
  /** The administrative contact. */
  ADMIN,
  /** The technical contact. */
  TECH,
  /** The billing contact. */
  BILLING
}
