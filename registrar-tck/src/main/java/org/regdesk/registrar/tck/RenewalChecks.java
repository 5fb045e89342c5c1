package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.error.RejectedException;
import org.regdesk.registrar.spi.operation.ProvisioningResult;
import org.regdesk.registrar.spi.operation.RenewRequest;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Money;
import org.regdesk.registrar.spi.value.Period;

/**
 * {@link Capability#RENEW}: a renewal guarded by the current expiry adds the period once; a wrong
 * expiry is refused and changes nothing.
 *
 * <p>A request whose expiry plus period is the registrar's expiry counts as already done (that is
 * how a retry after a lost answer stays idempotent), so the "wrong expiry" here is one no renewal
 * of this request can explain.
 */
abstract class RenewalChecks extends TckGroup {

  RenewalChecks(Supplier<TckSession> session) {
    super(session, Capability.RENEW);
  }

  @Test
  void renewal_with_the_current_expiry_adds_the_period() throws Exception {
    DomainName domain = session().domainInAccount();
    LocalDate expiry = session().expiryOf(domain);
    long renewals = fixture().callsReached(RegistrarOperation.RENEW);
    ProvisioningResult result =
        registrar().renew(new RenewRequest(domain, Period.ofYears(1), expiry));
    assertEquals(domain, result.domain().name(), "renew() must report its domain");
    result
        .domain()
        .expires()
        .ifPresent(
            reported ->
                assertEquals(
                    expiry.plusYears(1), reported, "the expiry renew() reports afterwards"));
    assertEquals(
        expiry.plusYears(1), session().expiryOf(domain), "the expiry after a 1-year renewal");
    assertEquals(
        1,
        fixture().callsReached(RegistrarOperation.RENEW) - renewals,
        "one renewal, one renew request");
  }

  @Test
  void renewal_guarded_by_a_wrong_expiry_is_refused_and_changes_nothing() throws Exception {
    DomainName domain = session().domainInAccount();
    LocalDate expiry = session().expiryOf(domain);
    Optional<Money> balance = session().balance();
    LocalDate wrong = expiry.minusMonths(5);
    RejectedException refused =
        TckAssertions.expect(
            RejectedException.class,
            "renew() guarded by an expiry the registrar does not hold",
            () -> registrar().renew(new RenewRequest(domain, Period.ofYears(1), wrong)));
    TckAssertions.assertCustomerSafe(session(), refused);
    assertEquals(expiry, session().expiryOf(domain), "a refused renewal keeps the expiry");
    assertEquals(balance, session().balance(), "a refused renewal charges nothing");
  }

  @Test
  void renewal_of_a_domain_outside_the_account_is_not_found() {
    DomainName fresh = fixture().freshAvailableName();
    LocalDate someExpiry = session().today().plusYears(1);
    TckAssertions.expect(
        NotFoundException.class,
        "renew() of a name not in the account",
        () -> registrar().renew(new RenewRequest(fresh, Period.ofYears(1), someExpiry)));
  }
}
