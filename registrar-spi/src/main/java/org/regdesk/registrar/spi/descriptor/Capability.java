package org.regdesk.registrar.spi.descriptor;

/**
 * Something a plugin can do. A plugin declares its capabilities in its {@link RegistrarDescriptor}
 * (with exceptions per TLD); the host offers only what is declared, and a plugin throws {@link
 * org.regdesk.registrar.spi.error.NotSupportedException} for anything it has not declared. Each
 * constant names the {@link org.regdesk.registrar.spi.Registrar} methods it covers.
 */
public enum Capability {
  /** {@code checkAvailability}: many names at once, with premium flag and price. */
  AVAILABILITY,
  /** {@code checkTransferEligibility}. */
  TRANSFER_ELIGIBILITY,
  /** {@code register}. */
  REGISTER,
  /** {@code register} of names the registry prices as premium. */
  PREMIUM_REGISTRATION,
  /** {@code transfer} and {@code transferStatus}. */
  TRANSFER,
  /** {@code restartTransfer}. */
  TRANSFER_RESTART,
  /** {@code renew}. */
  RENEW,
  /** {@code getNameservers} and {@code setNameservers}. */
  NAMESERVERS,
  /** {@code getContacts} and {@code setContacts}, all four roles. */
  CONTACTS,
  /**
   * {@code listGlueRecords}, {@code createGlueRecord}, {@code updateGlueRecord}, {@code
   * deleteGlueRecord}.
   */
  GLUE_RECORDS,
  /** {@code getLock} and {@code setLock}: the registrar (transfer) lock. */
  LOCK,
  /** {@code getAuthCode}. */
  AUTH_CODE,
  /** {@code setPrivacy}: WHOIS privacy on and off. */
  PRIVACY,
  /** {@code setRenewalMode}. */
  RENEWAL_MODE,
  /** {@code listDsRecords}, {@code addDsRecord}, {@code removeDsRecord}. */
  DNSSEC,
  /** {@code listDomains}: every domain in the account, page by page. */
  LIST_DOMAINS,
  /** {@code tldPricing}: the registrar's TLD list with costs. */
  TLD_PRICES
}
