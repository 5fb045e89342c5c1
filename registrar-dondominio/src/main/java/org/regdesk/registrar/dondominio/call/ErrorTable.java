package org.regdesk.registrar.dondominio.call;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.error.DonDominioApiException;
import org.regdesk.dondominio.client.error.DonDominioException;
import org.regdesk.dondominio.client.error.DonDominioTransportException;
import org.regdesk.registrar.spi.audit.SecretMasker;
import org.regdesk.registrar.spi.error.AuthenticationFailedException;
import org.regdesk.registrar.spi.error.InsufficientFundsException;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.error.NotSupportedException;
import org.regdesk.registrar.spi.error.OutcomeUnknownException;
import org.regdesk.registrar.spi.error.RegistrarErrorKind;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.error.RejectedException;
import org.regdesk.registrar.spi.error.UnavailableException;

/**
 * The one table that turns every failure of the DonDominio client into exactly one kind of
 * registrar failure, with a message a customer may read. The staff detail is the client's message
 * (already free of the API key and auth codes) scrubbed once more by the plugin's masker.
 *
 * <ul>
 *   <li>An API error code maps by the table below; a code the table lacks is a refusal, since the
 *       server answered and said no.
 *   <li>A transport failure that cannot have reached the server is {@code UNAVAILABLE}. One that
 *       may have reached it is {@code OUTCOME_UNKNOWN} for a write (create, transfer, renew, every
 *       update) and {@code UNAVAILABLE} for a read, which changes nothing.
 * </ul>
 */
public final class ErrorTable {

  /**
   * How one API error code is reported.
   *
   * @param kind the registrar failure kind
   * @param customerMessage what a customer may read, for {@code REJECTED}
   */
  public record Row(RegistrarErrorKind kind, String customerMessage) {}

  private static final String REFUSED = "The registrar refused the request.";

  private static final Map<Integer, Row> CODES = codes();

  private ErrorTable() {}

  private static Map<Integer, Row> codes() {
    Map<Integer, Row> t = new TreeMap<>();
    // The registrar failed inside: nothing to conclude about the request; ask again later.
    unavailable(t, 1);
    rejected(t, "The registrar could not read the request.", 100, 101, 105);
    for (int code : new int[] {102, 103, 104}) {
      t.put(code, new Row(RegistrarErrorKind.NOT_SUPPORTED, REFUSED));
    }
    // Credentials, blocked, filtered (calling address not allowed) and banned accounts: the
    // settings need attention, and every call will fail the same way.
    for (int code :
        new int[] {
          200, 201, 210, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1009, 1010, 1011, 1012,
          1013, 1014, 1030
        }) {
      t.put(code, new Row(RegistrarErrorKind.AUTHENTICATION_FAILED, REFUSED));
    }
    rejected(t, "The registrar does not allow this action.", 300);
    t.put(1100, new Row(RegistrarErrorKind.INSUFFICIENT_FUNDS, REFUSED));
    rejected(t, "The registry does not accept this domain name.", 2001);
    t.put(2002, new Row(RegistrarErrorKind.NOT_SUPPORTED, REFUSED));
    unavailable(t, 2003, 2004, 2007);
    rejected(
        t,
        "The domain cannot be transferred now: it may be locked at its current registrar,"
            + " recently registered, or already here.",
        2005);
    rejected(t, "The registrar does not show WHOIS data for this domain.", 2006);
    // 2008 on a domain means "not at this registrar" (transferred away or deleted), never a
    // connection problem.
    t.put(2008, new Row(RegistrarErrorKind.NOT_FOUND, REFUSED));
    rejected(t, "The registry refused the registration.", 2009);
    rejected(t, "The domain is already registered.", 2010);
    rejected(t, "The domain is a premium name; its premium price must be accepted first.", 2011);
    rejected(t, "The registry refused the transfer.", 2012);
    rejected(t, "The registry refused the renewal.", 2100);
    rejected(t, "The domain cannot be renewed now.", 2101);
    rejected(t, "The domain can no longer be renewed.", 2102);
    rejected(t, "The registry refused the change.", 2200);
    rejected(t, "This change is not allowed for this domain.", 2201);
    rejected(t, "The domain is locked against changes.", 2202);
    rejected(t, "The owner contact's e-mail address must be verified first.", 2210, 3003);
    rejected(t, "A contact given for the domain does not exist at the registrar.", 3001);
    rejected(t, "The registrar refused the contact details.", 3002);
    rejected(t, REFUSED, 3500, 3501, 3502);
    for (int code = 4001; code <= 4010; code++) {
      rejected(t, REFUSED, code);
    }
    rejected(t, REFUSED, 5000, 5001, 10001);
    return Map.copyOf(t);
  }

  private static void rejected(Map<Integer, Row> table, String message, int... codes) {
    for (int code : codes) {
      table.put(code, new Row(RegistrarErrorKind.REJECTED, message));
    }
  }

  private static void unavailable(Map<Integer, Row> table, int... codes) {
    for (int code : codes) {
      table.put(code, new Row(RegistrarErrorKind.UNAVAILABLE, REFUSED));
    }
  }

  /**
   * The row of an API error code.
   *
   * @param code the code
   * @return the row, or empty for a code the table does not list (reported as a refusal)
   */
  public static Optional<Row> row(int code) {
    return Optional.ofNullable(CODES.get(code));
  }

  /**
   * The refusal DonDominio would give with this code, for a request the plugin does not send
   * because an earlier answer already settles it (e.g. {@code domain/check} says the name is taken,
   * so {@code domain/create} would fail with 2010). Staff still see the registrar's code; customers
   * read the table's message.
   *
   * @param code a code the table maps to {@code REJECTED}
   * @param detail what the registrar answered, for staff
   * @return the refusal
   * @throws IllegalArgumentException if the table does not map the code to a refusal
   */
  public static RejectedException refusal(int code, String detail) {
    Row row =
        row(code)
            .filter(r -> r.kind() == RegistrarErrorKind.REJECTED)
            .orElseThrow(() -> new IllegalArgumentException("code " + code + " is not a refusal"));
    return new RejectedException(row.customerMessage(), detail, Integer.toString(code));
  }

  /**
   * Translates a client failure.
   *
   * @param failure what the client threw
   * @param action the API action that failed
   * @param masker scrubs the plugin's secrets from the detail
   * @return the registrar failure
   */
  public static RegistrarException translate(
      DonDominioException failure, ApiAction action, SecretMasker masker) {
    String detail = masker.scrub(failure.getMessage());
    if (failure instanceof DonDominioTransportException) {
      DonDominioTransportException transport = (DonDominioTransportException) failure;
      if (transport.mayHaveReachedServer() && !action.isRead()) {
        return new OutcomeUnknownException(detail, transport);
      }
      return new UnavailableException(detail, transport);
    }
    DonDominioApiException api = (DonDominioApiException) failure;
    String code = Integer.toString(api.errorCode());
    Row row = row(api.errorCode()).orElse(new Row(RegistrarErrorKind.REJECTED, REFUSED));
    switch (row.kind()) {
      case AUTHENTICATION_FAILED:
        return new AuthenticationFailedException(detail, code);
      case INSUFFICIENT_FUNDS:
        return new InsufficientFundsException(detail, code);
      case NOT_FOUND:
        return new NotFoundException(detail, code);
      case NOT_SUPPORTED:
        return new NotSupportedException(detail, code);
      case UNAVAILABLE:
        return new UnavailableException(detail, code, null);
      case REJECTED:
      default:
        return new RejectedException(row.customerMessage(), detail, code);
    }
  }
}
