package org.regdesk.app.catalog;

import org.regdesk.registrar.spi.value.Tld;
import org.springframework.stereotype.Component;

/**
 * A stand-in for the features whose records refer to TLD products (domains, orders) in the shared
 * test desk: TLDs starting with {@code inuse} are used by two records. Found by component scan.
 */
@Component
public class ReservedTldUsage implements TldProductUsage {

  @Override
  public String what() {
    return "test orders";
  }

  @Override
  public long count(Tld tld) {
    return tld.ascii().startsWith("inuse") ? 2 : 0;
  }
}
