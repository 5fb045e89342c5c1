package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.RegistrarErrorKind;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.TransferEligibility;
import org.regdesk.registrar.spi.value.DomainName;

/** {@link Capability#TRANSFER_ELIGIBILITY}: a transferable domain is eligible, a free name not. */
abstract class TransferEligibilityChecks extends TckGroup {

  TransferEligibilityChecks(Supplier<TckSession> session) {
    super(session, Capability.TRANSFER_ELIGIBILITY);
  }

  @Test
  void domain_held_elsewhere_is_eligible() throws Exception {
    DomainHeldElsewhere held = fixture().domainHeldElsewhere();
    TransferEligibility eligibility = registrar().checkTransferEligibility(held.domain());
    assertEquals(held.domain(), eligibility.name(), "the answer must be for the name asked");
    assertTrue(eligibility.eligible(), () -> "a transferable domain: " + eligibility);
  }

  @Test
  void name_nobody_holds_is_not_eligible() throws Exception {
    DomainName fresh = fixture().freshAvailableName();
    TransferEligibility eligibility;
    try {
      eligibility = registrar().checkTransferEligibility(fresh);
    } catch (RegistrarException refused) {
      // Saying so by refusing the question is as good as answering "not eligible".
      assertTrue(
          refused.kind() == RegistrarErrorKind.REJECTED
              || refused.kind() == RegistrarErrorKind.NOT_FOUND,
          () ->
              "a free name is not eligible; failing is fine only as rejected or not found: "
                  + refused);
      return;
    }
    assertFalse(eligibility.eligible(), () -> "a name nobody holds cannot be transferred");
  }
}
