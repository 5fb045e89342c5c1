package org.regdesk.registrar.spi.operation;

import java.util.List;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.HostName;

/**
 * The name servers a registrar reports for a domain. Unlike {@link
 * org.regdesk.registrar.spi.value.Nameservers} (what a caller may ask for) this accepts any count,
 * because registries hold delegations that predate today's rules.
 *
 * @param usesRegistrarDefault whether the domain is on the registrar's own name servers
 * @param hosts the name servers in order, as reported (possibly also when on the default)
 */
public record NameserverState(boolean usesRegistrarDefault, List<HostName> hosts) {

  /**
   * Copies the list.
   *
   * @param usesRegistrarDefault whether the domain is on the registrar's own name servers
   * @param hosts the name servers in order, as reported (possibly also when on the default)
   */
  public NameserverState {
    hosts = Require.listOf("nameservers", hosts);
  }
}
