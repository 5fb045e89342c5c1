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
    session().rememberSecret(code.value(), "the domain's auth code");
    for (RegistrarCall call : session().audit()) {
      TckAssertions.assertNoSecretIn(
          session(), "the audit of " + call.action(), call.parameters().toString());
    }
    for (String line : session().logLines()) {
      TckAssertions.assertNoSecretIn(session(), "a logged line", line);
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
