package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.function.Executable;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.error.RegistrarErrorKind;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.value.DomainName;

/** The checks many groups share, with failure messages that say which promise was broken. */
final class TckAssertions {

  private TckAssertions() {}

  /** Runs the call, expecting one exception kind; returns it. */
  static <E extends RegistrarException> E expect(Class<E> kind, String call, Executable body) {
    return assertThrows(kind, body, call + " must fail with " + kind.getSimpleName());
  }

  /** Runs the call, expecting a registrar failure of one of these kinds; returns it. */
  static RegistrarException expectOneOf(String call, Executable body, RegistrarErrorKind... kinds) {
    RegistrarException failure =
        assertThrows(
            RegistrarException.class,
            body,
            call + " must fail with one of " + Arrays.toString(kinds));
    assertTrue(
        Arrays.asList(kinds).contains(failure.kind()),
        () -> call + " must fail with one of " + Arrays.toString(kinds) + ", got " + failure);
    return failure;
  }

  /** Checks that the registrar reports the name as not in the account. */
  static void assertNotInAccount(TckSession session, DomainName name, String why) {
    expect(
        NotFoundException.class,
        "getDomain(" + name + ") " + why,
        () -> session.registrar().getDomain(name));
  }

  /**
   * Checks that the registrar holds nothing under a TLD it does not sell. Besides "not found", the
   * lookup may say the TLD is not supported: a registrar that has no such TLD can hold no name
   * under it, and a host that reads "not found" for a domain it holds concludes the domain left,
   * which a plugin may rightly avoid saying when it only knows the TLD is foreign to it.
   */
  static void assertNothingUnderUnsoldTld(TckSession session, DomainName name, String why) {
    expectOneOf(
        "getDomain(" + name + ") " + why,
        () -> session.registrar().getDomain(name),
        RegistrarErrorKind.NOT_FOUND,
        RegistrarErrorKind.NOT_SUPPORTED);
  }

  /** Runs the body and checks that no request reached the registrar meanwhile. */
  static void assertNoCallsDuring(TckSession session, String what, Executable body)
      throws Throwable {
    long before = session.fixture().callsReached();
    body.execute();
    long made = session.fixture().callsReached() - before;
    assertEquals(
        0, made, () -> what + " must not reach the registrar, but made " + made + " call(s)");
  }

  /**
   * Checks that a failure's customer message is fit for a customer: present, short, no secret, no
   * registrar code or exception text.
   */
  static void assertCustomerSafe(TckSession session, RegistrarException failure) {
    String message = failure.customerMessage();
    assertFalse(message == null || message.isBlank(), () -> failure + " needs a customer message");
    assertTrue(message.length() <= 500, () -> "customer message too long: " + message);
    String lower = message.toLowerCase(Locale.ROOT);
    assertFalse(
        lower.contains("exception") || lower.contains("\tat "),
        () -> "customer message shows program internals: " + message);
    failure
        .registrarCode()
        .ifPresent(
            code ->
                assertFalse(
                    message.contains(code),
                    () -> "customer message shows the registrar code " + code + ": " + message));
    assertNoSecretIn(session, "the customer message of " + failure.kind(), message);
  }

  /** Checks that none of the session's secrets appears in the text. */
  static void assertNoSecretIn(TckSession session, String where, String text) {
    if (text == null) {
      return;
    }
    for (Map.Entry<String, String> secret : session.secretForms().entrySet()) {
      if (text.contains(secret.getKey())) {
        fail(where + " contains " + secret.getValue());
      }
    }
  }

  /** Checks a date the registrar computed, allowing a day for time zones. */
  static void assertDateAbout(LocalDate expected, Optional<LocalDate> actual, String what) {
    LocalDate date = actual.orElseGet(() -> fail(what + " must be reported"));
    long off = Math.abs(ChronoUnit.DAYS.between(expected, date));
    assertTrue(off <= 1, () -> what + " should be " + expected + " (± 1 day), got " + date);
  }
}
