package org.regdesk.app.domain;

import java.util.Arrays;
import java.util.List;
import org.regdesk.registrar.spi.operation.NameserverState;
import org.regdesk.registrar.spi.value.HostName;

/**
 * The name servers a domain is delegated to, as last reported.
 *
 * @param registrarDefault whether they are the registrar's default (parking or DNS service)
 * @param hosts the host names, in the registrar's order
 */
public record DomainNameservers(boolean registrarDefault, List<String> hosts) {

  /** Copies the list. */
  public DomainNameservers {
    hosts = List.copyOf(hosts);
  }

  /**
   * What a registrar reported.
   *
   * @param state the delegation read from the registrar
   * @return the name servers
   */
  public static DomainNameservers of(NameserverState state) {
    return new DomainNameservers(
        state.usesRegistrarDefault(), state.hosts().stream().map(HostName::ascii).toList());
  }

  /**
   * From the stored column.
   *
   * @param registrarDefault the default flag
   * @param joined the hosts separated by spaces, possibly empty
   * @return the name servers
   */
  static DomainNameservers parse(boolean registrarDefault, String joined) {
    return new DomainNameservers(
        registrarDefault,
        joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(" ")));
  }

  /**
   * For the stored column.
   *
   * @return the hosts separated by single spaces
   */
  String joined() {
    return String.join(" ", hosts);
  }
}
