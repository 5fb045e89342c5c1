package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.RegistrarErrorKind;
import org.regdesk.registrar.spi.error.RejectedException;
import org.regdesk.registrar.spi.operation.RestartTransferRequest;
import org.regdesk.registrar.spi.operation.TransferProgress;
import org.regdesk.registrar.spi.operation.TransferState;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.DomainName;

/** {@link Capability#TRANSFER_RESTART}: a transfer stuck on a wrong code restarts and completes. */
abstract class TransferRestartChecks extends TckGroup {

  TransferRestartChecks(Supplier<TckSession> session) {
    super(session, Capability.TRANSFER_RESTART);
  }

  @Test
  void transfer_stuck_on_a_wrong_code_restarts_with_the_right_one_and_completes() throws Exception {
    session().require(Capability.TRANSFER);
    DomainHeldElsewhere held = fixture().domainHeldElsewhere();
    try {
      registrar()
          .transfer(TransferChecks.transferOf(session(), held, AuthCode.of("tck-wrong-code-4711")));
    } catch (RejectedException refusedAtOnce) {
      Assumptions.abort(
          "the registrar refuses a wrong auth code at once, so no transfer is left to restart");
    }
    TransferState restarted =
        registrar()
            .restartTransfer(
                new RestartTransferRequest(
                    held.domain(), Optional.of(held.authCode()), Optional.empty()));
    assertEquals(held.domain(), restarted.domain(), "the restart must report its domain");
    assertNotEquals(
        TransferProgress.FAILED, restarted.progress(), () -> "just restarted: " + restarted);
    fixture().settlePendingOperations();
    TransferState ended = registrar().transferStatus(held.domain());
    assertEquals(TransferProgress.COMPLETED, ended.progress(), () -> "after settling: " + ended);
  }

  @Test
  void restart_of_a_name_not_being_transferred_is_refused() {
    DomainName fresh = fixture().freshAvailableName();
    TckAssertions.expectOneOf(
        "restartTransfer() of a name nobody is transferring",
        () ->
            registrar()
                .restartTransfer(
                    new RestartTransferRequest(fresh, Optional.empty(), Optional.empty())),
        RegistrarErrorKind.REJECTED,
        RegistrarErrorKind.NOT_FOUND);
  }
}
