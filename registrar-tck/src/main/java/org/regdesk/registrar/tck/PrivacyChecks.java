package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.value.DomainName;

/** {@link Capability#PRIVACY}: privacy goes on and off, idempotently, as the snapshot shows. */
abstract class PrivacyChecks extends TckGroup {

  PrivacyChecks(Supplier<TckSession> session) {
    super(session, Capability.PRIVACY);
  }

  @Test
  void privacy_goes_on_and_off_as_the_snapshot_shows() throws Exception {
    DomainName domain = session().domainInAccount();
    session().require(Capability.PRIVACY, domain.tld());
    boolean compared = false;
    for (boolean enabled : new boolean[] {true, true, false, false}) {
      registrar().setPrivacy(domain, enabled);
      Optional<Boolean> reported = registrar().getDomain(domain).privacy();
      if (reported.isPresent()) {
        assertEquals(
            enabled, reported.get(), "the snapshot's privacy after setPrivacy(" + enabled + ")");
        compared = true;
      }
    }
    Assumptions.assumeTrue(
        compared, "setPrivacy() succeeded, but the snapshot never reports privacy to compare");
  }
}
