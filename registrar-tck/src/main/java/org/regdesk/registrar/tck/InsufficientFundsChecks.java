package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.InsufficientFundsException;
import org.regdesk.registrar.spi.operation.RenewRequest;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Period;

/**
 * {@code InsufficientFundsException}: with an empty balance every charged operation fails as such,
 * with a neutral customer message, and changes nothing.
 */
abstract class InsufficientFundsChecks extends TckGroup {

  InsufficientFundsChecks(Supplier<TckSession> session) {
    super(session);
  }

  private void withEmptyBalance(String call, Executable body) {
    fixture().emptyBalance();
    try {
      InsufficientFundsException failure =
          TckAssertions.expect(
              InsufficientFundsException.class, call + " with an empty balance", body);
      TckAssertions.assertCustomerSafe(session(), failure);
    } finally {
      fixture().refillBalance();
    }
  }

  @Test
  void registration_without_funds_fails_and_registers_nothing() {
    session().require(Capability.REGISTER);
    DomainName name = fixture().freshAvailableName();
    withEmptyBalance(
        "register()",
        () -> registrar().register(session().registration(name, Period.ofYears(1)).build()));
    TckAssertions.assertNotInAccount(session(), name, "after a registration without funds");
  }

  @Test
  void transfer_without_funds_fails_and_transfers_nothing() {
    session().require(Capability.TRANSFER);
    DomainHeldElsewhere held = fixture().domainHeldElsewhere();
    withEmptyBalance(
        "transfer()",
        () -> registrar().transfer(TransferChecks.transferOf(session(), held, held.authCode())));
    TckAssertions.assertNotInAccount(session(), held.domain(), "after a transfer without funds");
  }

  @Test
  void renewal_without_funds_fails_and_keeps_the_expiry() throws Exception {
    session().require(Capability.RENEW);
    DomainName domain = session().domainInAccount();
    LocalDate expiry = session().expiryOf(domain);
    withEmptyBalance(
        "renew()", () -> registrar().renew(new RenewRequest(domain, Period.ofYears(1), expiry)));
    assertEquals(expiry, session().expiryOf(domain), "a renewal without funds keeps the expiry");
  }
}
