package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.value.DomainName;

/** {@code getDomain}, which every plugin has and every caller uses to settle doubts. */
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
}
