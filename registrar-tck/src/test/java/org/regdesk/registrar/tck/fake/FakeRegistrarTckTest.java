package org.regdesk.registrar.tck.fake;

import org.regdesk.registrar.tck.RegistrarTck;
import org.regdesk.registrar.tck.RegistrarTckFixture;

/**
 * The whole suite against the healthy fake plugin, the way a plugin's own test runs it (from
 * another package, extending the suite and supplying a fixture).
 */
class FakeRegistrarTckTest extends RegistrarTck {

  @Override
  protected RegistrarTckFixture fixture() {
    return FakeFixture.healthy();
  }
}
