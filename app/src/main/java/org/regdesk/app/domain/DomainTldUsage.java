package org.regdesk.app.domain;

import org.regdesk.app.catalog.TldProductUsage;
import org.regdesk.registrar.spi.value.Tld;
import org.springframework.stereotype.Component;

/** Keeps a TLD product while the desk holds domains under its TLD. */
@Component
public class DomainTldUsage implements TldProductUsage {

  private final DomainRepository domains;

  /**
   * Creates the usage count.
   *
   * @param domains the domains' tables
   */
  public DomainTldUsage(DomainRepository domains) {
    this.domains = domains;
  }

  @Override
  public String what() {
    return "domains";
  }

  @Override
  public long count(Tld tld) {
    return domains.countByTld(tld.ascii());
  }
}
