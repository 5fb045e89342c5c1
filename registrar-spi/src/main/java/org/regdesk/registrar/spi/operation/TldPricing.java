package org.regdesk.registrar.spi.operation;

import java.util.Optional;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.Tld;

/**
 * What the registrar charges for a TLD it sells, for the host's TLD and price import (the host adds
 * its margins).
 *
 * @param tld the TLD
 * @param register the registration cost, if the TLD can be registered
 * @param renew the renewal cost, if it can be renewed
 * @param transfer the transfer cost, if it can be transferred in
 * @param authCodeRequired whether a transfer needs an auth code
 */
public record TldPricing(
    Tld tld,
    Optional<OperationPrice> register,
    Optional<OperationPrice> renew,
    Optional<OperationPrice> transfer,
    boolean authCodeRequired) {

  /**
   * Checks the parts.
   *
   * @param tld the TLD
   * @param register the registration cost, if the TLD can be registered
   * @param renew the renewal cost, if it can be renewed
   * @param transfer the transfer cost, if it can be transferred in
   * @param authCodeRequired whether a transfer needs an auth code
   */
  public TldPricing {
    Require.present("tld", tld);
    Require.present("register", register);
    Require.present("renew", renew);
    Require.present("transfer", transfer);
  }
}
