package org.regdesk.dondominio.sandbox.engine;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Who holds a name, as {@code domain/check}, {@code domain/create} and {@code domain/transfer} see
 * it.
 */
enum Availability {
  /** Registrable at the standard price. */
  FREE,
  /** Registrable at a premium price, with {@code premium=1}. */
  PREMIUM,
  /** In this account (any status but a cancelled transfer). */
  IN_ACCOUNT,
  /** At another registrar and known to the sandbox through the control API. */
  FOREIGN,
  /** At another registrar by the fixed rules of {@link NameRules}. */
  TAKEN;

  static Availability of(SandboxState state, DomainName name) {
    Optional<Domain> own = state.domains.byName(name.ascii());
    if (own.isPresent() && own.get().status != DomainStatus.TRANSFER_CANCEL) {
      return IN_ACCOUNT;
    }
    if (state.foreign.containsKey(name.ascii())) {
      return FOREIGN;
    }
    if (NameRules.isTakenElsewhere(name)) {
      return TAKEN;
    }
    return NameRules.premiumPrice(name).isPresent() ? PREMIUM : FREE;
  }

  boolean registrable() {
    return this == FREE || this == PREMIUM;
  }

  /** The yearly registration price of a name: premium or the zone's. */
  static BigDecimal yearlyPrice(DomainName name) {
    return NameRules.premiumPrice(name).orElse(name.tld().createPrice());
  }
}
