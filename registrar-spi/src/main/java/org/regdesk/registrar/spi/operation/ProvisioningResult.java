package org.regdesk.registrar.spi.operation;

import java.util.Optional;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.Money;

/**
 * The outcome of a registration, transfer or renewal that the registrar accepted: the domain as it
 * now stands (with the registrar's domain identifier) and what was charged. The host persists both;
 * a transfer is then followed with {@code transferStatus}.
 *
 * @param domain the domain after the operation
 * @param charged the amount charged to the reseller's balance, if reported
 * @param orderReference the registrar's order or operation identifier, if it issues one apart from
 *     the domain identifier
 */
public record ProvisioningResult(
    DomainSnapshot domain, Optional<Money> charged, Optional<String> orderReference) {

  /**
   * Checks the parts.
   *
   * @param domain the domain after the operation
   * @param charged the amount charged to the reseller's balance, if reported
   * @param orderReference the registrar's order or operation identifier, if it issues one apart
   *     from the domain identifier
   */
  public ProvisioningResult {
    Require.present("domain", domain);
    Require.present("charged", charged);
    orderReference = Require.optionalLine("orderReference", orderReference, 128);
  }
}
