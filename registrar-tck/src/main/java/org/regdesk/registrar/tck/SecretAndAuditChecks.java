package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.audit.RegistrarCall;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.ConnectionReport;
import org.regdesk.registrar.spi.operation.DomainListRequest;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Period;

/**
 * The audit and the secrets: every request that reaches the registrar is audited once, and no
 * secret (API keys, passwords, auth codes) appears in audit rows, log lines, exception messages or
 * connection reports.
 */
abstract class SecretAndAuditChecks extends TckGroup {

  SecretAndAuditChecks(Supplier<TckSession> session) {
    super(session);
  }

  @Test
  void every_request_that_reaches_the_registrar_is_audited() throws Exception {
    // Created first, so that nothing the plugin does while being created is counted.
    registrar();
    long reachedBefore = fixture().callsReached();
    int auditedBefore = session().audit().size();
    registrar().testConnection();
    quietly(() -> registrar().getDomain(fixture().freshAvailableName()));
    if (session().capabilities().supports(Capability.AVAILABILITY)) {
      registrar().checkAvailability(List.of(fixture().freshAvailableName(), fixture().takenName()));
    }
    if (session().capabilities().supports(Capability.REGISTER)) {
      session().registerFreshDomain();
    }
    if (session().capabilities().supports(Capability.LIST_DOMAINS)) {
      registrar().listDomains(DomainListRequest.first(5));
    }
    long reached = fixture().callsReached() - reachedBefore;
    int audited = session().audit().size() - auditedBefore;
    assertEquals(
        reached,
        audited,
        "each request that reached the registrar needs one audit record (context.callAudit())");
  }

  @Test
  void secrets_never_show_in_audit_logs_messages_or_reports() {
    List<String> texts = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    ConnectionReport good = registrar().testConnection();
    ConnectionReport bad = session().registrarWithBadCredentials().testConnection();
    texts.add(good.toString());
    texts.add(bad.toString());
    DomainName fresh = fixture().freshAvailableName();
    collect(failures, () -> session().registrarWithBadCredentials().getDomain(fresh));
    collect(failures, () -> registrar().getDomain(fresh));
    if (session().capabilities().supports(Capability.REGISTER)) {
      DomainName taken = fixture().takenName();
      collect(
          failures,
          () -> registrar().register(session().registration(taken, Period.ofYears(1)).build()));
      collect(
          failures,
          () ->
              session()
                  .registrarWithBadCredentials()
                  .register(session().registration(fresh, Period.ofYears(1)).build()));
    }
    if (session().capabilities().supports(Capability.TRANSFER)) {
      DomainHeldElsewhere held = fixture().domainHeldElsewhere();
      collect(
          failures,
          () -> registrar().transfer(TransferChecks.transferOf(session(), held, held.authCode())));
    }
    for (Throwable failure : failures) {
      texts.add(failure.toString());
      if (failure instanceof RegistrarException registrarFailure) {
        texts.add(registrarFailure.customerMessage());
      }
    }
    for (RegistrarCall call : session().audit()) {
      TckAssertions.assertNoSecretIn(
          session(), "the audit record of " + call.action(), call.toString());
    }
    for (String line : session().logLines()) {
      TckAssertions.assertNoSecretIn(session(), "a logged line", line);
    }
    for (String text : texts) {
      TckAssertions.assertNoSecretIn(session(), "a message or report", text);
    }
  }

  /** A registrar call made for what it leaves behind. */
  @FunctionalInterface
  private interface Step {
    void run() throws Exception;
  }

  /** Runs a call whose failure is expected and irrelevant here. */
  private static void quietly(Step call) {
    try {
      call.run();
    } catch (Exception expected) {
      // the test looks at what the call left behind, not at how it ended
    }
  }

  private static void collect(List<Throwable> failures, Step call) {
    try {
      call.run();
    } catch (Exception failure) {
      failures.add(failure);
    }
  }
}
