package org.regdesk.registrar.tck;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.AuthenticationFailedException;
import org.regdesk.registrar.spi.operation.DomainListRequest;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Period;

/**
 * {@code AuthenticationFailedException}: with credentials the registrar refuses, every operation
 * fails as such (never as "not found", which would read as "the domain is gone"), and the message
 * does not repeat the credentials.
 */
abstract class BadCredentialChecks extends TckGroup {

  BadCredentialChecks(Supplier<TckSession> session) {
    super(session);
  }

  private Registrar refused() {
    return session().registrarWithBadCredentials();
  }

  private void failsAuthentication(String call, Executable body) {
    AuthenticationFailedException failure =
        TckAssertions.expect(
            AuthenticationFailedException.class, call + " with refused credentials", body);
    TckAssertions.assertCustomerSafe(session(), failure);
    TckAssertions.assertNoSecretIn(
        session(), "the message of " + failure.kind(), failure.getMessage());
  }

  @Test
  void lookup_with_refused_credentials_fails_authentication() {
    DomainName fresh = fixture().freshAvailableName();
    failsAuthentication("getDomain()", () -> refused().getDomain(fresh));
  }

  @Test
  void availability_with_refused_credentials_fails_authentication() {
    session().require(Capability.AVAILABILITY);
    DomainName fresh = fixture().freshAvailableName();
    failsAuthentication("checkAvailability()", () -> refused().checkAvailability(List.of(fresh)));
  }

  @Test
  void registration_with_refused_credentials_fails_authentication_and_registers_nothing() {
    session().require(Capability.REGISTER);
    DomainName fresh = fixture().freshAvailableName();
    failsAuthentication(
        "register()",
        () -> refused().register(session().registration(fresh, Period.ofYears(1)).build()));
    TckAssertions.assertNotInAccount(
        session(), fresh, "after a registration with refused credentials");
  }

  @Test
  void listing_with_refused_credentials_fails_authentication() {
    session().require(Capability.LIST_DOMAINS);
    failsAuthentication("listDomains()", () -> refused().listDomains(DomainListRequest.first(10)));
  }
}
