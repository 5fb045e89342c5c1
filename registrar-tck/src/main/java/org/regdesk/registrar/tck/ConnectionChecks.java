package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.operation.ConnectionReport;

/**
 * {@code testConnection}, which every plugin has: it works with good credentials and reports,
 * rather than throws, bad ones.
 */
abstract class ConnectionChecks extends TckGroup {

  ConnectionChecks(Supplier<TckSession> session) {
    super(session);
  }

  @Test
  void connection_test_with_good_credentials_is_ok() {
    ConnectionReport report = registrar().testConnection();
    assertTrue(report.isOk(), () -> "testConnection() with good credentials: " + report);
    report
        .balance()
        .ifPresent(
            balance ->
                assertFalse(balance.isNegative(), () -> "a balance is never negative: " + balance));
  }

  @Test
  void connection_test_with_bad_credentials_reports_them_instead_of_throwing() {
    ConnectionReport report = session().registrarWithBadCredentials().testConnection();
    assertTrue(
        report.reachable(),
        () -> "the registrar answered, so the report must say it is reachable: " + report);
    assertFalse(
        report.authenticated(), () -> "refused credentials must not count as authenticated");
    assertTrue(
        report.detail().isPresent(), "the report must say what went wrong, for the settings page");
    TckAssertions.assertNoSecretIn(session(), "the connection report", report.detail().get());
  }
}
