package org.regdesk.registrar.dondominio;

import java.lang.System.Logger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.regdesk.dondominio.client.value.DomainSelector;
import org.regdesk.registrar.dondominio.call.ApiGateway;
import org.regdesk.registrar.dondominio.config.PluginSettings;
import org.regdesk.registrar.dondominio.tld.ZoneCatalogue;
import org.regdesk.registrar.spi.error.InvalidInputException;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * What every part of one registrar shares: the audited API, the settings, the host's clock and
 * logger, and the zone catalogue.
 *
 * @param gateway the audited API
 * @param settings the plugin settings
 * @param clock the host's clock
 * @param logger the plugin's logger
 * @param zones the TLDs DonDominio sells
 */
record ApiContext(
    ApiGateway gateway, PluginSettings settings, Clock clock, Logger logger, ZoneCatalogue zones) {

  /** Today, by the host's clock. */
  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The domain as an audit subject. */
  static Optional<DomainName> about(DomainName domain) {
    return Optional.of(domain);
  }

  /** How DonDominio selects a domain: by its name. */
  static DomainSelector selector(DomainName domain) {
    return DomainSelector.of(org.regdesk.dondominio.client.value.DomainName.of(domain.ascii()));
  }

  /**
   * Refuses, before any call, a name under a TLD DonDominio does not sell.
   *
   * @throws InvalidInputException naming {@code domain}
   */
  void requireSold(DomainName domain) throws InvalidInputException {
    if (!zones.sells(domain.tld())) {
      throw InvalidInputException.of("domain", "." + domain.tld() + " is not sold by DonDominio");
    }
  }
}
