package org.regdesk.registrar.spi.operation;

import java.util.List;
import java.util.Optional;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Money;

/**
 * Whether a registered name can be transferred in now, and if not, why (locked at the current
 * registrar, registered less than 60 days ago …).
 *
 * @param name the name checked
 * @param eligible true if a transfer may be started
 * @param reasons the registrar's reasons when not eligible, in its words; may be empty
 * @param price the transfer price, if quoted
 */
public record TransferEligibility(
    DomainName name, boolean eligible, List<String> reasons, Optional<Money> price) {

  /**
   * Copies the reasons.
   *
   * @param name the name checked
   * @param eligible true if a transfer may be started
   * @param reasons the registrar's reasons when not eligible, in its words; may be empty
   * @param price the transfer price, if quoted
   */
  public TransferEligibility {
    Require.present("name", name);
    reasons = Require.listOf("reasons", reasons);
    Require.present("price", price);
  }
}
