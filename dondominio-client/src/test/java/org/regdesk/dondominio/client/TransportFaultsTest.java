package org.regdesk.dondominio.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.regdesk.dondominio.client.domain.DomainCreateRequest;
import org.regdesk.dondominio.client.domain.DomainGetInfoRequest;
import org.regdesk.dondominio.client.domain.DomainRenewRequest;
import org.regdesk.dondominio.client.domain.DomainUpdateRequest;
import org.regdesk.dondominio.client.error.DonDominioTransportException;
import org.regdesk.dondominio.client.error.DonDominioTransportException.Kind;
import org.regdesk.dondominio.client.testing.Fixtures;
import org.regdesk.dondominio.client.testing.RawSocketServer;
import org.regdesk.dondominio.client.testing.RawSocketServer.Behaviour;
import org.regdesk.dondominio.client.testing.RecordingSleeper;
import org.regdesk.dondominio.client.testing.ScriptedServer;
import org.regdesk.dondominio.client.testing.ScriptedServer.Reply;
import org.regdesk.dondominio.client.tool.HelloRequest;
import org.regdesk.dondominio.client.tool.HelloResponse;
import org.regdesk.dondominio.client.value.ContactRef;
import org.regdesk.dondominio.client.value.DomainContacts;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.DomainSelector;

/**
 * Faults between client and server: reads are retried with capped, jittered backoff through the
 * sleeper; writes are sent once and reported as possibly having reached the server.
 */
class TransportFaultsTest {
  private static final ApiRequest<?> READ =
      DomainGetInfoRequest.status(DomainSelector.parse("example-shop.com"));
  private static final ApiRequest<?> WRITE =
      DomainCreateRequest.builder(
              DomainName.of("example-shop.com"),
              DomainContacts.ofOwner(ContactRef.existing("ABC-1")))
          .build();
  private static final String HELLO =
      Fixtures.success(
          "tool/hello", "{\"ip\":\"203.0.113.7\",\"lang\":\"es\",\"version\":\"1.0.26\"}");

  private final RecordingSleeper sleeper = new RecordingSleeper();

  private DonDominioClient client(URI endpoint) {
    return Fixtures.clientFor(endpoint, sleeper).requestTimeout(Duration.ofMillis(300)).build();
  }

  @Test
  void http5xxOnAReadIsRetriedWithGrowingBackoffThenSucceeds() {
    try (ScriptedServer server = new ScriptedServer()) {
      server.reply(Reply.json(503, "busy"), Reply.json(502, ""), Reply.ok(HELLO));
      HelloResponse hello = client(server.endpoint()).call(new HelloRequest());
      assertThat(hello.ip()).isEqualTo("203.0.113.7");
      assertThat(server.received()).hasSize(3);
      // base 100 ms doubling; the jitter source draws the bottom of [d/2, d]
      assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100));
    }
  }

  @Test
  void aReadThatKeepsFailingGivesUpAfterMaxAttempts() {
    try (ScriptedServer server = new ScriptedServer()) {
      server.reply(Reply.json(500, "{}"));
      DonDominioTransportException e = failure(() -> client(server.endpoint()).call(READ));
      assertThat(e.kind()).isEqualTo(Kind.HTTP_STATUS);
      assertThat(e.httpStatus()).hasValue(500);
      assertThat(e.attempts()).isEqualTo(3);
      assertThat(e.mayHaveReachedServer()).isTrue();
      assertThat(server.received()).hasSize(3);
      assertThat(sleeper.delays()).hasSize(2);
    }
  }

  @Test
  void a4xxIsNotRetried() {
    try (ScriptedServer server = new ScriptedServer()) {
      server.reply(Reply.json(404, "not here"));
      DonDominioTransportException e = failure(() -> client(server.endpoint()).call(READ));
      assertThat(e.httpStatus()).hasValue(404);
      assertThat(server.received()).hasSize(1);
      assertThat(sleeper.delays()).isEmpty();
    }
  }

  @Test
  void malformedJsonOnAReadIsRetried() {
    try (ScriptedServer server = new ScriptedServer()) {
      server.reply(
          Reply.ok("<html>Fatal error</html>"), Reply.ok("{\"no\":\"envelope\"}"), Reply.ok(HELLO));
      assertThat(client(server.endpoint()).call(new HelloRequest()).lang()).isEqualTo("es");
      assertThat(server.received()).hasSize(3);
    }
  }

  @Test
  void malformedJsonOnAWriteIsReportedAsPossiblyApplied() {
    try (ScriptedServer server = new ScriptedServer()) {
      server.reply(Reply.ok("Warning: something {"));
      DonDominioTransportException e = failure(() -> client(server.endpoint()).call(WRITE));
      assertThat(e.kind()).isEqualTo(Kind.MALFORMED_BODY);
      assertThat(e.mayHaveReachedServer()).isTrue();
      assertThat(server.received()).hasSize(1);
      assertThat(sleeper.delays()).isEmpty();
    }
  }

  @Test
  void http5xxOnAWriteIsNotRetried() {
    try (ScriptedServer server = new ScriptedServer()) {
      server.reply(Reply.json(502, "bad gateway"));
      DonDominioTransportException e =
          failure(
              () ->
                  client(server.endpoint())
                      .call(DomainUpdateRequest.whoisPrivacy(DomainSelector.parse("a.com"), true)));
      assertThat(e.mayHaveReachedServer()).isTrue();
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(server.received()).hasSize(1);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "RESET, CONNECTION_LOST",
    "CLOSE_SILENTLY, CONNECTION_LOST",
    "GARBAGE, MALFORMED_BODY"
  })
  void brokenConnectionsAreRetriedForReads(Behaviour behaviour, Kind expected) throws IOException {
    try (RawSocketServer server = new RawSocketServer(behaviour)) {
      DonDominioTransportException e = failure(() -> client(server.endpoint()).call(READ));
      assertThat(e.kind()).isEqualTo(expected);
      assertThat(e.mayHaveReachedServer()).isTrue();
      assertThat(e.attempts()).isEqualTo(3);
      assertThat(server.requestCount()).isEqualTo(3);
      assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100));
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Behaviour.class,
      names = {"RESET", "CLOSE_SILENTLY", "GARBAGE"})
  void brokenConnectionsOnAWriteAreNotRetried(Behaviour behaviour) throws IOException {
    try (RawSocketServer server = new RawSocketServer(behaviour)) {
      DonDominioTransportException e = failure(() -> client(server.endpoint()).call(WRITE));
      assertThat(e.mayHaveReachedServer()).isTrue();
      assertThat(e.getMessage()).contains("may have reached the server");
      assertThat(server.requestCount()).isEqualTo(1);
      assertThat(sleeper.delays()).isEmpty();
    }
  }

  @Test
  void aTimeoutOnAReadIsRetried() throws IOException {
    try (RawSocketServer server = new RawSocketServer(Behaviour.NEVER_ANSWER)) {
      DonDominioTransportException e = failure(() -> client(server.endpoint()).call(READ));
      assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
      assertThat(e.mayHaveReachedServer()).isTrue();
      assertThat(server.requestCount()).isEqualTo(3);
    }
  }

  @Test
  void aTimeoutOnARenewIsReportedOnceAsPossiblyApplied() throws IOException {
    try (RawSocketServer server = new RawSocketServer(Behaviour.NEVER_ANSWER)) {
      DonDominioTransportException e =
          failure(
              () ->
                  client(server.endpoint())
                      .call(
                          DomainRenewRequest.of(
                              DomainSelector.parse("a.com"),
                              DomainRenewRequest.parseCurrentExpiry("2026-03-01"))));
      assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
      assertThat(e.mayHaveReachedServer()).isTrue();
      assertThat(server.requestCount()).isEqualTo(1);
      assertThat(sleeper.delays()).isEmpty();
    }
  }

  @Test
  void connectionRefusedIsReportedAsNotReached() throws IOException {
    URI closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = URI.create("http://127.0.0.1:" + probe.getLocalPort());
    }
    DonDominioTransportException write = failure(() -> client(closedPort).call(WRITE));
    assertThat(write.kind()).isEqualTo(Kind.CONNECT_FAILED);
    assertThat(write.mayHaveReachedServer()).isFalse();
    assertThat(write.getMessage()).contains("did not reach the server");
    assertThat(write.attempts()).isEqualTo(1);

    DonDominioTransportException read = failure(() -> client(closedPort).call(READ));
    assertThat(read.mayHaveReachedServer()).isFalse();
    assertThat(read.attempts()).as("reads retry even connect failures").isEqualTo(3);
  }

  @Test
  void backoffIsCappedAndJittered() {
    RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(1000));
    assertThat(policy.delayBeforeRetry(1, () -> 0L)).isEqualTo(Duration.ofMillis(50));
    assertThat(policy.delayBeforeRetry(1, () -> -1L)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.delayBeforeRetry(4, () -> 0L)).isEqualTo(Duration.ofMillis(400));
    assertThat(policy.delayBeforeRetry(5, () -> -1L)).isEqualTo(Duration.ofMillis(1000));
    assertThat(policy.delayBeforeRetry(9, () -> -1L)).isEqualTo(Duration.ofMillis(1000));
    assertThat(policy.delayBeforeRetry(9, () -> 0L)).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void anInterruptedRetryStopsAndKeepsTheInterruptFlag() {
    try (ScriptedServer server = new ScriptedServer()) {
      server.reply(Reply.json(503, ""));
      DonDominioClient client =
          Fixtures.clientFor(server.endpoint(), sleeper)
              .sleeper(
                  d -> {
                    throw new InterruptedException();
                  })
              .build();
      DonDominioTransportException e = failure(() -> client.call(READ));
      assertThat(e.kind()).isEqualTo(Kind.INTERRUPTED);
      assertThat(Thread.interrupted()).isTrue();
      assertThat(server.received()).hasSize(1);
    }
  }

  private static DonDominioTransportException failure(Runnable call) {
    DonDominioTransportException e =
        catchThrowableOfType(DonDominioTransportException.class, call::run);
    assertThat(e).as("expected a transport failure").isNotNull();
    return e;
  }
}
