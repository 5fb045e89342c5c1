package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.error.UnavailableException;
import org.regdesk.registrar.spi.operation.Availability;
import org.regdesk.registrar.spi.operation.AvailabilityResult;
import org.regdesk.registrar.spi.operation.DomainListRequest;
import org.regdesk.registrar.spi.operation.DomainPage;
import org.regdesk.registrar.spi.operation.RenewRequest;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Period;

/**
 * {@code UnavailableException}: while the registrar cannot be asked, the plugin says so. It never
 * turns an outage into "not found" (a host would conclude the domain left the account), into an
 * answer about a name, or into a listing that ends early; and nothing charged happens.
 */
abstract class OutageChecks extends TckGroup {

  OutageChecks(Supplier<TckSession> session) {
    super(session);
  }

  private UnavailableException duringOutage(
      RegistrarOperation operation, String call, Executable body) {
    fixture().inject(operation, InjectedFault.UNAVAILABLE);
    try {
      UnavailableException failure =
          TckAssertions.expect(
              UnavailableException.class, call + " while the registrar is down", body);
      TckAssertions.assertCustomerSafe(session(), failure);
      return failure;
    } finally {
      fixture().clearFaults();
    }
  }

  @Test
  void lookup_during_an_outage_is_unavailable_never_not_found() throws Exception {
    DomainName domain = session().domainInAccount();
    duringOutage(RegistrarOperation.GET_DOMAIN, "getDomain()", () -> registrar().getDomain(domain));
    session().registeredSnapshot(domain);
  }

  @Test
  void registration_during_an_outage_is_unavailable_and_registers_nothing() {
    session().require(Capability.REGISTER);
    DomainName name = fixture().freshAvailableName();
    duringOutage(
        RegistrarOperation.REGISTER,
        "register()",
        () -> registrar().register(session().registration(name, Period.ofYears(1)).build()));
    TckAssertions.assertNotInAccount(session(), name, "after a registration during an outage");
  }

  @Test
  void renewal_during_an_outage_is_unavailable_and_keeps_the_expiry() throws Exception {
    session().require(Capability.RENEW);
    DomainName domain = session().domainInAccount();
    LocalDate expiry = session().expiryOf(domain);
    duringOutage(
        RegistrarOperation.RENEW,
        "renew()",
        () -> registrar().renew(new RenewRequest(domain, Period.ofYears(1), expiry)));
    assertEquals(expiry, session().expiryOf(domain), "a renewal during an outage keeps the expiry");
  }

  @Test
  void availability_during_an_outage_says_unreachable_or_unavailable() throws Exception {
    session().require(Capability.AVAILABILITY);
    List<DomainName> names = List.of(fixture().freshAvailableName(), fixture().takenName());
    fixture().inject(RegistrarOperation.CHECK_AVAILABILITY, InjectedFault.UNAVAILABLE);
    List<AvailabilityResult> results;
    try {
      results = registrar().checkAvailability(names);
    } catch (UnavailableException failedWhole) {
      return; // "nothing could be checked" may fail the whole call
    } catch (RegistrarException other) {
      fail(
          "checkAvailability() during an outage: UNREACHABLE results or UnavailableException, got "
              + other);
      return;
    } finally {
      fixture().clearFaults();
    }
    assertEquals(
        names, results.stream().map(AvailabilityResult::name).toList(), "one result per name");
    for (AvailabilityResult result : results) {
      assertEquals(
          Availability.UNREACHABLE,
          result.availability(),
          () -> "a name that could not be checked must be UNREACHABLE, never a guess: " + result);
    }
  }

  @Test
  void listing_during_an_outage_fails_instead_of_ending_early() {
    session().require(Capability.LIST_DOMAINS);
    fixture().inject(RegistrarOperation.LIST_DOMAINS, InjectedFault.UNAVAILABLE);
    try {
      DomainPage page = registrar().listDomains(DomainListRequest.first(10));
      fail(
          "listDomains() during an outage returned a page of "
              + page.domains().size()
              + " domains"
              + (page.hasMore() ? "" : " that ends the listing")
              + "; a caller would take missing domains as gone");
    } catch (RegistrarException failure) {
      assertTrue(
          failure instanceof UnavailableException,
          () -> "listDomains() during an outage must fail as UnavailableException: " + failure);
    } finally {
      fixture().clearFaults();
    }
  }
}
