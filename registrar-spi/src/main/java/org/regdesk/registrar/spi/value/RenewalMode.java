package org.regdesk.registrar.spi.value;

/**
 * What the registrar does when a domain reaches its expiry date.
 *
 * <p>A desk that bills customers registers domains in {@link #MANUAL} mode so that only renewals
 * the customer has paid for happen; {@link #AUTO_RENEW} charges the reseller's balance whether or
 * not the customer pays.
 */
public enum RenewalMode {
  /** The registrar renews on its own and charges the reseller's balance. */
  AUTO_RENEW,
  /** The registrar renews only when asked (by a renew call); the domain expires otherwise. */
  MANUAL,
  /** The domain is left to expire; renewal calls may be refused until the mode changes. */
  LET_EXPIRE
}
