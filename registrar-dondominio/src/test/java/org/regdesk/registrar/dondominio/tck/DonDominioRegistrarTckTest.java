package org.regdesk.registrar.dondominio.tck;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.sandbox.SandboxExtension;
import org.regdesk.dondominio.sandbox.engine.SandboxClock;
import org.regdesk.registrar.tck.RegistrarTck;
import org.regdesk.registrar.tck.RegistrarTckFixture;

/**
 * The registrar contract suite against the DonDominio plugin and a sandbox over HTTP. One sandbox
 * for the class, reset before each test; its clock stands still unless the suite settles pending
 * operations.
 */
class DonDominioRegistrarTckTest extends RegistrarTck {

  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.builder()
          .apiUser(SandboxTckFixture.API_USER)
          .apiPassword(SandboxTckFixture.API_KEY)
          .balance(new BigDecimal(SandboxTckFixture.FULL_BALANCE))
          .clock(SandboxClock.fixed(Instant.parse("2026-03-02T10:00:00Z")))
          .build();

  @Override
  protected RegistrarTckFixture fixture() {
    return new SandboxTckFixture(SANDBOX.get());
  }
}
