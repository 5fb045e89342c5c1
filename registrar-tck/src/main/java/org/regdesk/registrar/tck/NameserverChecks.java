package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.operation.NameserverState;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.HostName;
import org.regdesk.registrar.spi.value.Nameservers;

/** {@link Capability#NAMESERVERS}: a delegation is replaced and read back, default included. */
abstract class NameserverChecks extends TckGroup {

  NameserverChecks(Supplier<TckSession> session) {
    super(session, Capability.NAMESERVERS);
  }

  @Test
  void name_servers_are_replaced_and_read_back() throws Exception {
    DomainName domain = session().domainInAccount();
    for (Nameservers wanted :
        List.of(
            Nameservers.of("ns1.example.net", "ns2.example.net", "ns3.example.org"),
            Nameservers.of("a.iana-servers.net", "b.iana-servers.net"))) {
      registrar().setNameservers(domain, wanted);
      NameserverState state = registrar().getNameservers(domain);
      assertFalse(state.usesRegistrarDefault(), () -> "after setting " + wanted + ": " + state);
      assertEquals(hosts(wanted.hosts()), hosts(state.hosts()), "the name servers read back");
    }
  }

  @Test
  void registrar_default_is_set_and_reported() throws Exception {
    DomainName domain = session().domainInAccount();
    registrar().setNameservers(domain, Nameservers.of("ns1.example.net", "ns2.example.net"));
    registrar().setNameservers(domain, Nameservers.registrarDefault());
    NameserverState state = registrar().getNameservers(domain);
    assertTrue(
        state.usesRegistrarDefault(),
        () -> "after choosing the registrar's default name servers: " + state);
  }

  @Test
  void name_servers_of_a_domain_outside_the_account_are_not_found() {
    DomainName fresh = fixture().freshAvailableName();
    TckAssertions.expect(
        NotFoundException.class,
        "getNameservers() of a name not in the account",
        () -> registrar().getNameservers(fresh));
  }

  private static Set<String> hosts(List<HostName> hosts) {
    return hosts.stream().map(HostName::ascii).collect(Collectors.toSet());
  }
}
