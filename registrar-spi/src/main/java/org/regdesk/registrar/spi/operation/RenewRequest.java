package org.regdesk.registrar.spi.operation;

import java.time.LocalDate;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Period;

/**
 * A request to renew a name, guarded against double renewal: it carries the expiry date the caller
 * believes is current. If the registrar's expiry differs, the domain was renewed (or changed) since
 * the caller looked, and the plugin refuses with a {@link
 * org.regdesk.registrar.spi.error.RejectedException} instead of charging a second time.
 *
 * @param domain the name
 * @param period how many years to add
 * @param currentExpiry the expiry date the caller holds for the domain
 */
public record RenewRequest(DomainName domain, Period period, LocalDate currentExpiry) {

  /**
   * Checks the parts.
   *
   * @param domain the name
   * @param period how many years to add
   * @param currentExpiry the expiry date the caller holds for the domain
   */
  public RenewRequest {
    Require.present("domain", domain);
    Require.present("period", period);
    Require.present("currentExpiry", currentExpiry);
  }
}
