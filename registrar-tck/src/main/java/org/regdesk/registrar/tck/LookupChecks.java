package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * {@code getDomain}, which every plugin has and every caller uses to settle doubts, and {@code
 * getDomains}, which a desk uses to follow many registrations at once.
 */
abstract class LookupChecks extends TckGroup {

  LookupChecks(Supplier<TckSession> session) {
    super(session);
  }

  @Test
  void names_outside_the_account_are_not_found() {
    DomainName fresh = fixture().freshAvailableName();
    NotFoundException failure =
        TckAssertions.expect(
            NotFoundException.class,
            "getDomain() of a name nobody holds",
            () -> registrar().getDomain(fresh));
    TckAssertions.assertCustomerSafe(session(), failure);
    DomainName taken = fixture().takenName();
    TckAssertions.expect(
        NotFoundException.class,
        "getDomain() of a name held at another registrar",
        () -> registrar().getDomain(taken));
  }

  @Test
  void registered_domain_is_reported_with_status_and_expiry() throws Exception {
    DomainName domain = session().domainInAccount();
    DomainSnapshot snapshot = registrar().getDomain(domain);
    assertEquals(domain, snapshot.name(), "getDomain() must report the domain asked for");
    assertTrue(
        snapshot.status().isRegistered(),
        () -> "a registered domain's status: " + snapshot.status());
    assertTrue(snapshot.expires().isPresent(), "a registered domain's snapshot needs its expiry");
  }

  @Test
  void several_domains_are_looked_up_at_once() throws Exception {
    List<DomainName> held = new ArrayList<>();
    held.add(session().domainInAccount());
    DomainName fresh = fixture().freshAvailableName();
    if (session().capabilities().supports(Capability.REGISTER, fresh.tld())) {
      held.add(session().registerFreshDomain());
      held.add(session().registerFreshDomain());
    }
    List<DomainName> asked = new ArrayList<>(held);
    asked.add(fresh);
    asked.add(fixture().takenName());
    asked.add(held.get(0));
    Map<DomainName, DomainSnapshot> found = registrar().getDomains(asked);
    assertEquals(
        Set.copyOf(held),
        found.keySet(),
        "getDomains() must answer every name in the account and no other (a name nobody holds"
            + " and one held at another registrar are left out)");
    for (DomainName domain : held) {
      DomainSnapshot one = registrar().getDomain(domain);
      DomainSnapshot many = found.get(domain);
      assertEquals(domain, many.name(), "getDomains() must key each snapshot by its own name");
      assertEquals(
          one.status(), many.status(), () -> "getDomains() and getDomain() disagree on " + domain);
      assertEquals(
          one.expires(),
          many.expires(),
          () -> "getDomains() and getDomain() disagree on the expiry of " + domain);
    }
  }
}
