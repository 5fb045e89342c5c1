package org.regdesk.dondominio.client.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.RetryPolicy;
import org.regdesk.dondominio.client.value.ContactData;
import org.regdesk.dondominio.client.value.ContactRef;
import org.regdesk.dondominio.client.value.ContactType;
import org.regdesk.dondominio.client.value.DomainContacts;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;
import org.regdesk.dondominio.sandbox.engine.SandboxClock;
import org.regdesk.dondominio.sandbox.http.ApiCall;

/** Clients, contacts and sandboxes for the tests that run the client against the sandbox. */
public final class SandboxFixtures {
  /** When every sandbox of the tests starts: a fixed instant, so dates are reproducible. */
  public static final Instant START = Instant.parse("2026-01-10T10:00:00Z");

  /** The request timeout of test clients: short, so timeouts cost little. */
  public static final Duration REQUEST_TIMEOUT = Duration.ofMillis(1500);

  private SandboxFixtures() {}

  /** A sandbox extension on a fixed clock, reset before each test. */
  public static SandboxExtension.Builder sandbox() {
    return SandboxExtension.builder().clock(SandboxClock.fixed(START));
  }

  /**
   * A client builder for {@code sandbox}: its credentials, three tries for reads, waits recorded by
   * {@code sleeper} instead of spent, short timeouts.
   */
  public static DonDominioClient.Builder clientFor(Sandbox sandbox, RecordingSleeper sleeper) {
    return DonDominioClient.builder()
        .endpoint(sandbox.uri())
        .apiUser(sandbox.apiUser())
        .apiPassword(sandbox.apiPassword())
        .userAgentPair("RegdeskTest", "1")
        .sleeper(sleeper)
        .random(Fixtures.NO_JITTER)
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(400)))
        .connectTimeout(Duration.ofSeconds(1))
        .requestTimeout(REQUEST_TIMEOUT);
  }

  /** A client for {@code sandbox}; see {@link #clientFor(Sandbox, RecordingSleeper)}. */
  public static DonDominioClient clientFor(Sandbox sandbox) {
    return clientFor(sandbox, new RecordingSleeper()).build();
  }

  /** An individual in Spain, complete enough for any role. */
  public static ContactData ana() {
    return ContactData.builder()
        .type(ContactType.INDIVIDUAL)
        .firstName("Ana")
        .lastName("García López")
        .identNumber("12345678Z")
        .email("ana@example.org")
        .phone("+34.600111222")
        .address("Calle Mayor 1\r\n2º B")
        .postalCode("08001")
        .city("Barcelona")
        .state("Barcelona")
        .country("ES")
        .build();
  }

  /** A French individual, different from {@link #ana()}. */
  public static ContactData luc() {
    return ContactData.builder()
        .type(ContactType.INDIVIDUAL)
        .firstName("Luc")
        .lastName("Martin")
        .identNumber("FR-998877")
        .email("luc.martin@example.net")
        .phone("+33.144556677")
        .address("12 rue de Rivoli")
        .postalCode("75001")
        .city("Paris")
        .state("Île-de-France")
        .country("FR")
        .build();
  }

  /** {@link #ana()} as inline owner, other roles left to the server. */
  public static DomainContacts anaOwns() {
    return DomainContacts.ofOwner(ContactRef.inline(ana()));
  }

  /**
   * The sandbox's current day. Each test class shares one sandbox clock, which a reset does not
   * turn back, so tests ask rather than assume {@link #START}.
   */
  public static LocalDate today(Sandbox sandbox) {
    return LocalDate.ofInstant(sandbox.clock().instant(), ZoneOffset.UTC);
  }

  /** The calls the sandbox saw for one action, e.g. {@code domain/create}. */
  public static List<ApiCall> callsOf(Sandbox sandbox, String action) {
    return sandbox.calls().stream().filter(c -> c.action().equals(action)).toList();
  }
}
