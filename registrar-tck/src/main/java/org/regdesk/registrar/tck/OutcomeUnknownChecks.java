package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.OutcomeUnknownException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.ProvisioningResult;
import org.regdesk.registrar.spi.operation.RegisterRequest;
import org.regdesk.registrar.spi.operation.RenewRequest;
import org.regdesk.registrar.spi.operation.TransferProgress;
import org.regdesk.registrar.spi.operation.TransferRequest;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Money;
import org.regdesk.registrar.spi.value.Period;

/**
 * {@code OutcomeUnknownException} and the retry after it. The registrar carries out a register,
 * transfer or renew and the answer is lost: the plugin must say the outcome is unknown (not
 * "unavailable", which would invite a blind resend), the lookup must show what happened, and the
 * same call repeated must report the domain in its final state without a second charged request.
 */
abstract class OutcomeUnknownChecks extends TckGroup {

  /** The repeated call. */
  @FunctionalInterface
  private interface Retry {
    ProvisioningResult run() throws RegistrarException;
  }

  OutcomeUnknownChecks(Supplier<TckSession> session) {
    super(session);
  }

  /**
   * Drops the answer of the first call, checks the plugin says so, then repeats the call.
   *
   * @return the repeated call's result
   */
  private ProvisioningResult droppedThenRetried(
      RegistrarOperation operation, String call, Executable first, Retry retry) throws Throwable {
    long sent = fixture().callsReached(operation);
    fixture().inject(operation, InjectedFault.APPLY_THEN_DROP);
    OutcomeUnknownException unknown;
    try {
      unknown =
          TckAssertions.expect(
              OutcomeUnknownException.class, call + " whose answer was lost", first);
    } finally {
      fixture().clearFaults();
    }
    TckAssertions.assertCustomerSafe(session(), unknown);
    Optional<Money> balanceAfterDrop = session().balance();
    ProvisioningResult retried = null;
    RegistrarException refused = null;
    try {
      retried = retry.run();
    } catch (RegistrarException e) {
      refused = e;
    }
    assertEquals(
        1,
        fixture().callsReached(operation) - sent,
        () -> "after a lost answer, the repeated " + call + " must not send the request again");
    assertEquals(
        balanceAfterDrop,
        session().balance(),
        () -> "the repeated " + call + " must not charge again");
    if (refused != null) {
      fail(
          "after a lost answer, the repeated "
              + call
              + " must report the domain as it now stands, but failed: "
              + refused,
          refused);
    }
    return retried;
  }

  @Test
  void register_repeated_after_a_lost_answer_registers_once() throws Throwable {
    session().require(Capability.REGISTER);
    DomainName name = fixture().freshAvailableName();
    RegisterRequest request = session().registration(name, Period.ofYears(1)).build();
    ProvisioningResult retried =
        droppedThenRetried(
            RegistrarOperation.REGISTER,
            "register()",
            () -> registrar().register(request),
            () -> registrar().register(request));
    assertEquals(name, retried.domain().name(), "the repeated register() reports its domain");
    assertTrue(
        retried.domain().status().isRegistered() || retried.domain().status().isPending(),
        () -> "the repeated register() reports the domain as it stands: " + retried.domain());
    session().registeredSnapshot(name);
  }

  @Test
  void transfer_repeated_after_a_lost_answer_transfers_once() throws Throwable {
    session().require(Capability.TRANSFER);
    DomainHeldElsewhere held = fixture().domainHeldElsewhere();
    TransferRequest request = TransferChecks.transferOf(session(), held, held.authCode());
    ProvisioningResult retried =
        droppedThenRetried(
            RegistrarOperation.TRANSFER,
            "transfer()",
            () -> registrar().transfer(request),
            () -> registrar().transfer(request));
    assertEquals(
        held.domain(), retried.domain().name(), "the repeated transfer() reports its domain");
    fixture().settlePendingOperations();
    assertEquals(
        TransferProgress.COMPLETED,
        registrar().transferStatus(held.domain()).progress(),
        "the transfer started by the lost request completes");
  }

  @Test
  void renewal_repeated_after_a_lost_answer_renews_once() throws Throwable {
    session().require(Capability.RENEW);
    DomainName domain = session().domainInAccount();
    LocalDate expiry = session().expiryOf(domain);
    RenewRequest request = new RenewRequest(domain, Period.ofYears(1), expiry);
    ProvisioningResult retried =
        droppedThenRetried(
            RegistrarOperation.RENEW,
            "renew()",
            () -> registrar().renew(request),
            () -> registrar().renew(request));
    DomainSnapshot reported = retried.domain();
    assertEquals(domain, reported.name(), "the repeated renew() reports its domain");
    reported
        .expires()
        .ifPresent(
            date ->
                assertEquals(expiry.plusYears(1), date, "the expiry the repeated renew() reports"));
    assertEquals(expiry.plusYears(1), session().expiryOf(domain), "renewed once, by one year");
  }
}
