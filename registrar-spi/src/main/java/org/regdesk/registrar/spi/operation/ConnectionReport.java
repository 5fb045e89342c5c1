package org.regdesk.registrar.spi.operation;

import java.util.Optional;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.Money;

/**
 * The result of a connection test: could the registrar be reached, did it accept the credentials,
 * what is the account balance, and which environment is this. Problems are reported here rather
 * than thrown, so the settings page can show them.
 *
 * @param reachable whether the registrar answered at all
 * @param authenticated whether it accepted the credentials
 * @param balance the prepaid balance, if authenticated and reported
 * @param lowBalanceThreshold the balance below which the registrar warns, if reported
 * @param environment a label for the environment, e.g. {@code sandbox} or {@code production}
 * @param production whether calls move real money and real domains (no SANDBOX banner)
 * @param detail what went wrong, or the registrar's greeting, for staff; never a secret
 */
public record ConnectionReport(
    boolean reachable,
    boolean authenticated,
    Optional<Money> balance,
    Optional<Money> lowBalanceThreshold,
    String environment,
    boolean production,
    Optional<String> detail) {

  /**
   * Checks that the parts agree: a balance needs authentication, which needs reachability.
   *
   * @param reachable whether the registrar answered at all
   * @param authenticated whether it accepted the credentials
   * @param balance the prepaid balance, if authenticated and reported
   * @param lowBalanceThreshold the balance below which the registrar warns, if reported
   * @param environment a label for the environment, e.g. {@code sandbox} or {@code production}
   * @param production whether calls move real money and real domains (no SANDBOX banner)
   * @param detail what went wrong, or the registrar's greeting, for staff; never a secret
   */
  public ConnectionReport {
    Require.present("balance", balance);
    Require.present("lowBalanceThreshold", lowBalanceThreshold);
    environment = Require.line("environment", environment, 64);
    detail = Require.optionalLine("detail", detail, 1000);
    if (authenticated && !reachable) {
      throw new InvalidValueException("authenticated", "requires the registrar to be reachable");
    }
    if (balance.isPresent() && !authenticated) {
      throw new InvalidValueException("balance", "can only be known when authenticated");
    }
  }

  /**
   * The registrar could not be reached.
   *
   * @param environment the environment label
   * @param production whether it is the live environment
   * @param detail what went wrong
   * @return the report
   */
  public static ConnectionReport unreachable(
      String environment, boolean production, String detail) {
    return new ConnectionReport(
        false,
        false,
        Optional.empty(),
        Optional.empty(),
        environment,
        production,
        Optional.of(detail));
  }

  /**
   * The registrar refused the credentials.
   *
   * @param environment the environment label
   * @param production whether it is the live environment
   * @param detail the registrar's reason
   * @return the report
   */
  public static ConnectionReport rejectedCredentials(
      String environment, boolean production, String detail) {
    return new ConnectionReport(
        true,
        false,
        Optional.empty(),
        Optional.empty(),
        environment,
        production,
        Optional.of(detail));
  }

  /**
   * Whether everything works.
   *
   * @return true if reachable and authenticated
   */
  public boolean isOk() {
    return reachable && authenticated;
  }
}
