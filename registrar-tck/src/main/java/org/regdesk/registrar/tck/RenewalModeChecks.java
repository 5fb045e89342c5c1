package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.RenewalMode;

/** {@link Capability#RENEWAL_MODE}: each mode is set, idempotently, as the snapshot shows. */
abstract class RenewalModeChecks extends TckGroup {

  RenewalModeChecks(Supplier<TckSession> session) {
    super(session, Capability.RENEWAL_MODE);
  }

  @Test
  void each_renewal_mode_is_set_as_the_snapshot_shows() throws Exception {
    DomainName domain = session().domainInAccount();
    boolean compared = false;
    for (RenewalMode mode :
        new RenewalMode[] {
          RenewalMode.AUTO_RENEW, RenewalMode.AUTO_RENEW, RenewalMode.LET_EXPIRE, RenewalMode.MANUAL
        }) {
      registrar().setRenewalMode(domain, mode);
      Optional<RenewalMode> reported = registrar().getDomain(domain).renewalMode();
      if (reported.isPresent()) {
        assertEquals(mode, reported.get(), "the snapshot's renewal mode after setting " + mode);
        compared = true;
      }
    }
    Assumptions.assumeTrue(
        compared,
        "setRenewalMode() succeeded, but the snapshot never reports the renewal mode to compare");
  }
}
