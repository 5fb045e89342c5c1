package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.error.RejectedException;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.ProvisioningResult;
import org.regdesk.registrar.spi.operation.TransferProgress;
import org.regdesk.registrar.spi.operation.TransferRequest;
import org.regdesk.registrar.spi.operation.TransferState;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * {@link Capability#TRANSFER}: a transfer with the right auth code is followed to completion; one
 * with a wrong code never completes; the status of a transfer nobody started is not found.
 */
abstract class TransferChecks extends TckGroup {

  TransferChecks(Supplier<TckSession> session) {
    super(session, Capability.TRANSFER);
  }

  /** A transfer request for the domain held elsewhere, with the given code. */
  static TransferRequest transferOf(TckSession session, DomainHeldElsewhere held, AuthCode code) {
    session.rememberSecret(held.authCode().value(), "an auth code");
    return TransferRequest.builder(
            held.domain(), code, session.fixture().contactsFor(held.domain()))
        .build();
  }

  @Test
  void transfer_with_the_auth_code_is_followed_until_it_completes() throws Exception {
    DomainHeldElsewhere held = fixture().domainHeldElsewhere();
    long transfers = fixture().callsReached(RegistrarOperation.TRANSFER);
    ProvisioningResult result = registrar().transfer(transferOf(session(), held, held.authCode()));
    assertEquals(held.domain(), result.domain().name(), "transfer() must report its domain");
    assertTrue(
        result.domain().status().isPending() || result.domain().status().isRegistered(),
        () -> "right after transfer(): " + result.domain().status());
    assertEquals(
        1,
        fixture().callsReached(RegistrarOperation.TRANSFER) - transfers,
        "one transfer, one transfer request");
    TransferState started = registrar().transferStatus(held.domain());
    assertNotEquals(
        TransferProgress.FAILED, started.progress(), () -> "a transfer just started: " + started);
    fixture().settlePendingOperations();
    TransferState ended = registrar().transferStatus(held.domain());
    assertEquals(TransferProgress.COMPLETED, ended.progress(), () -> "after settling: " + ended);
    session().registeredSnapshot(held.domain());
  }

  @Test
  void transfer_with_a_wrong_auth_code_never_completes() throws Exception {
    DomainHeldElsewhere held = fixture().domainHeldElsewhere();
    TransferRequest wrong = transferOf(session(), held, AuthCode.of("tck-wrong-code-4711"));
    try {
      registrar().transfer(wrong);
    } catch (RejectedException refusedAtOnce) {
      TckAssertions.assertCustomerSafe(session(), refusedAtOnce);
      return;
    }
    fixture().settlePendingOperations();
    TransferState state = registrar().transferStatus(held.domain());
    assertNotEquals(
        TransferProgress.COMPLETED,
        state.progress(),
        "a transfer with a wrong auth code must not complete");
    DomainSnapshot snapshot;
    try {
      snapshot = registrar().getDomain(held.domain());
    } catch (NotFoundException notHere) {
      return; // a failed transfer may leave nothing in the account
    }
    assertFalse(
        snapshot.status().isRegistered(),
        () -> "a domain whose transfer is stuck is not registered here: " + snapshot.status());
  }

  @Test
  void status_of_a_transfer_nobody_started_is_not_found() {
    DomainName fresh = fixture().freshAvailableName();
    TckAssertions.expect(
        NotFoundException.class,
        "transferStatus() of a name never transferred",
        () -> registrar().transferStatus(fresh));
  }
}
