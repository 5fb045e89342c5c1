package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.audit.RegistrarCall;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.DomainName;

/** {@link Capability#AUTH_CODE}: the code is returned, and never recorded or logged. */
abstract class AuthCodeChecks extends TckGroup {

  AuthCodeChecks(Supplier<TckSession> session) {
    super(session, Capability.AUTH_CODE);
  }

  @Test
  void auth_code_is_returned_and_kept_out_of_audit_and_logs() throws Exception {
    DomainName domain = session().domainInAccount();
    AuthCode code = registrar().getAuthCode(domain);
    assertFalse(code.value().isBlank(), "getAuthCode() must return the code");
    for (RegistrarCall call : session().audit()) {
      assertFalse(
          call.toString().contains(code.value()),
          () -> "the audit record of " + call.action() + " contains the auth code");
    }
    for (String line : session().logLines()) {
      assertFalse(line.contains(code.value()), "a logged line contains the auth code");
    }
  }

  @Test
  void auth_code_of_a_domain_outside_the_account_is_not_found() {
    DomainName fresh = fixture().freshAvailableName();
    TckAssertions.expect(
        NotFoundException.class,
        "getAuthCode() of a name not in the account",
        () -> registrar().getAuthCode(fresh));
  }
}
