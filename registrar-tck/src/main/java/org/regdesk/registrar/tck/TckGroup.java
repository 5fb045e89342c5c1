package org.regdesk.registrar.tck;

import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.descriptor.Capability;

/**
 * A group of the suite's tests. A group that belongs to one capability skips all its tests, with
 * the reason, when the plugin does not declare it; cross-cutting groups skip test by test.
 */
abstract class TckGroup {

  private final Supplier<TckSession> session;
  private final Optional<Capability> capability;

  TckGroup(Supplier<TckSession> session, Capability capability) {
    this.session = session;
    this.capability = Optional.of(capability);
  }

  TckGroup(Supplier<TckSession> session) {
    this.session = session;
    this.capability = Optional.empty();
  }

  @BeforeEach
  final void requireTheGroupsCapability() {
    capability.ifPresent(session()::require);
  }

  final TckSession session() {
    return session.get();
  }

  final RegistrarTckFixture fixture() {
    return session().fixture();
  }

  final Registrar registrar() {
    return session().registrar();
  }
}
