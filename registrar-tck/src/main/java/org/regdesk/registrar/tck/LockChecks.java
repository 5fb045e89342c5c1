package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.value.DomainName;

/** {@link Capability#LOCK}: the lock goes on and off, idempotently, and reads back. */
abstract class LockChecks extends TckGroup {

  LockChecks(Supplier<TckSession> session) {
    super(session, Capability.LOCK);
  }

  @Test
  void lock_goes_on_and_off_and_reads_back() throws Exception {
    DomainName domain = session().domainInAccount();
    session().require(Capability.LOCK, domain.tld());
    for (boolean locked : new boolean[] {true, true, false, false, true}) {
      registrar().setLock(domain, locked);
      assertEquals(locked, registrar().getLock(domain), "getLock() after setLock(" + locked + ")");
      Optional<Boolean> reported = registrar().getDomain(domain).transferLock();
      if (reported.isPresent()) {
        assertEquals(locked, reported.get(), "the snapshot's lock after setLock(" + locked + ")");
      }
    }
  }
}
