package org.regdesk.dondominio.client.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.anaOwns;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.callsOf;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.clientFor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.domain.DomainCreateRequest;
import org.regdesk.dondominio.client.domain.DomainGetInfoRequest;
import org.regdesk.dondominio.client.domain.DomainRenewRequest;
import org.regdesk.dondominio.client.domain.DomainStatusInfo;
import org.regdesk.dondominio.client.domain.DomainTransferRequest;
import org.regdesk.dondominio.client.error.DomainCreateException;
import org.regdesk.dondominio.client.error.DomainException;
import org.regdesk.dondominio.client.error.DomainRenewException;
import org.regdesk.dondominio.client.error.DonDominioTransportException;
import org.regdesk.dondominio.client.error.DonDominioTransportException.Kind;
import org.regdesk.dondominio.client.testing.RecordingSleeper;
import org.regdesk.dondominio.client.testing.SandboxFixtures;
import org.regdesk.dondominio.client.tool.HelloRequest;
import org.regdesk.dondominio.client.value.AuthCode;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.DomainSelector;
import org.regdesk.dondominio.client.value.DomainStatus;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;
import org.regdesk.dondominio.sandbox.http.ApiCall;
import org.regdesk.dondominio.sandbox.http.Fault;
import org.regdesk.dondominio.sandbox.http.FaultMode;

/**
 * The sandbox's fault modes over real HTTP: reads are retried and then succeed; writes are sent
 * once; a write whose connection drops after the server acted is reported as "may have reached the
 * server" and happened exactly once.
 */
class SandboxFaultsTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxFixtures.sandbox().build();

  private static final String NAME = "regdesk-faults.com";
  private static final DomainSelector DOMAIN = DomainSelector.parse(NAME);

  private final Sandbox sandbox = SANDBOX.get();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final DonDominioClient client = clientFor(sandbox, sleeper).build();

  private static final DomainCreateRequest CREATE =
      DomainCreateRequest.builder(DomainName.of(NAME), SandboxFixtures.anaOwns()).build();

  private DonDominioTransportException transportFailure(ApiRequest<?> request) {
    DonDominioTransportException e =
        catchThrowableOfType(DonDominioTransportException.class, () -> client.call(request));
    assertThat(e).as("a transport failure").isNotNull();
    return e;
  }

  private int operations(String field) {
    return sandbox.domainState(NAME).orElseThrow().path("operations").path(field).asInt();
  }

  /** Registers {@link #NAME} and lets it become active. */
  private LocalDate activeDomain() {
    client.call(CREATE);
    sandbox.advanceClock(Duration.ofDays(1));
    return client.call(DomainGetInfoRequest.status(DOMAIN)).domain().expiry().orElseThrow();
  }

  private static Optional<FaultMode> faultOf(ApiCall call) {
    return call.fault();
  }

  // ---- reads: retried with backoff, then they succeed

  @Test
  void aReadWhoseConnectionIsResetIsRetriedAndSucceeds() {
    activeDomain();
    sandbox.fault(Fault.reset("domain/getinfo").times(2));

    DomainStatusInfo status = client.call(DomainGetInfoRequest.status(DOMAIN));

    assertThat(status.domain().status()).isEqualTo(DomainStatus.ACTIVE);
    assertThat(callsOf(sandbox, "domain/getinfo").subList(1, 4))
        .extracting(SandboxFaultsTest::faultOf)
        .containsExactly(
            Optional.of(FaultMode.RESET), Optional.of(FaultMode.RESET), Optional.empty());
    // base 100 ms, doubling; the test's jitter source draws the bottom of [d/2, d]
    assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100));
  }

  @Test
  void aReadAnsweredWithHttp500IsRetriedAndSucceeds() {
    sandbox.fault(Fault.http500("tool/hello"));

    assertThat(client.call(new HelloRequest()).ip()).isEqualTo("127.0.0.1");

    assertThat(callsOf(sandbox, "tool/hello"))
        .extracting(SandboxFaultsTest::faultOf)
        .containsExactly(Optional.of(FaultMode.HTTP500), Optional.empty());
    assertThat(sleeper.delays()).hasSize(1);
  }

  @Test
  void aReadAnsweredWithSomethingThatIsNotJsonIsRetriedAndSucceeds() {
    sandbox.fault(Fault.malformed("tool/hello").times(2));

    assertThat(client.call(new HelloRequest()).ip()).isEqualTo("127.0.0.1");

    assertThat(callsOf(sandbox, "tool/hello")).hasSize(3);
    assertThat(sleeper.delays()).hasSize(2);
  }

  @Test
  void aReadWhoseAnswerIsLostAfterTheServerActedIsRetriedAndSucceeds() {
    sandbox.fault(Fault.applyThenDrop("tool/hello"));

    assertThat(client.call(new HelloRequest()).ip()).isEqualTo("127.0.0.1");

    assertThat(callsOf(sandbox, "tool/hello")).hasSize(2);
  }

  @Test
  void aReadThatKeepsFailingGivesUpAfterEveryAttemptSayingItMayHaveReachedTheServer() {
    sandbox.fault(Fault.http500("tool/hello").times(5));

    DonDominioTransportException e = transportFailure(new HelloRequest());

    assertThat(e.kind()).isEqualTo(Kind.HTTP_STATUS);
    assertThat(e.httpStatus()).hasValue(500);
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.action()).isEqualTo("tool/hello");
    assertThat(e.mayHaveReachedServer()).isTrue();
    assertThat(callsOf(sandbox, "tool/hello")).hasSize(3);
    assertThat(sandbox.faults()).singleElement().satisfies(f -> assertThat(f.count()).isEqualTo(2));
  }

  // ---- writes: sent once, whatever happens

  @Test
  void aWriteWhoseConnectionIsResetIsNotResent() {
    sandbox.fault(Fault.reset("domain/create"));

    DonDominioTransportException e = transportFailure(CREATE);

    assertThat(e.kind()).isEqualTo(Kind.CONNECTION_LOST);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.mayHaveReachedServer()).isTrue();
    assertThat(callsOf(sandbox, "domain/create")).hasSize(1);
    assertThat(sleeper.delays()).isEmpty();
    // the reset came before the server acted; the client cannot know that, the lookup can
    assertThat(sandbox.domainState(NAME)).isEmpty();
  }

  @Test
  void aWriteAnsweredWithHttp500IsNotResent() {
    sandbox.fault(Fault.http500("domain/create"));

    DonDominioTransportException e = transportFailure(CREATE);

    assertThat(e.kind()).isEqualTo(Kind.HTTP_STATUS);
    assertThat(e.httpStatus()).hasValue(500);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.mayHaveReachedServer()).isTrue();
    assertThat(callsOf(sandbox, "domain/create")).hasSize(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void aWriteAnsweredWithSomethingThatIsNotJsonIsNotResent() {
    sandbox.fault(Fault.malformed("domain/create"));

    DonDominioTransportException e = transportFailure(CREATE);

    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_BODY);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.mayHaveReachedServer()).isTrue();
    assertThat(callsOf(sandbox, "domain/create")).hasSize(1);
  }

  // ---- apply-then-drop: the outcome is unknown to the client, and the server acted once

  @Test
  void aCreateWhoseAnswerIsLostMayHaveReachedTheServerAndHappenedOnce() {
    sandbox.fault(Fault.applyThenDrop("domain/create"));

    DonDominioTransportException e = transportFailure(CREATE);

    assertThat(e.mayHaveReachedServer()).isTrue();
    assertThat(e.getMessage()).contains("may have reached the server");
    assertThat(e.action()).isEqualTo("domain/create");
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(callsOf(sandbox, "domain/create")).hasSize(1);
    assertThat(operations("created")).isEqualTo(1);
    // how a caller settles the unknown outcome: look the domain up, never resend the create
    assertThat(client.call(DomainGetInfoRequest.status(DOMAIN)).domain().name())
        .isEqualTo(DomainName.of(NAME));
    assertThat(catchThrowableOfType(DomainCreateException.Taken.class, () -> client.call(CREATE)))
        .isNotNull();
    assertThat(operations("created")).isEqualTo(1);
  }

  @Test
  void aTransferWhoseAnswerIsLostMayHaveReachedTheServerAndHappenedOnce() {
    String foreign = "regdesk-foreign-faults.com";
    String code = "Qz8#faults+1";
    sandbox.addForeignDomain(foreign, code);
    sandbox.fault(Fault.applyThenDrop("domain/transfer"));
    DomainTransferRequest transfer =
        DomainTransferRequest.builder(DomainName.of(foreign), anaOwns())
            .authcode(AuthCode.of(code))
            .build();

    DonDominioTransportException e = transportFailure(transfer);

    assertThat(e.mayHaveReachedServer()).isTrue();
    assertThat(e.getMessage()).contains("may have reached the server").doesNotContain(code);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(callsOf(sandbox, "domain/transfer")).hasSize(1);
    assertThat(
            sandbox
                .domainState(foreign)
                .orElseThrow()
                .path("operations")
                .path("transferred")
                .asInt())
        .isEqualTo(1);
    DomainException.TransferNotAllowed again =
        catchThrowableOfType(DomainException.TransferNotAllowed.class, () -> client.call(transfer));
    assertThat(again.messages()).contains("Domain in the system");
  }

  @Test
  void aRenewWhoseAnswerIsLostMayHaveReachedTheServerAndTheExpiryGuardStopsASecondOne() {
    LocalDate expiry = activeDomain();
    sandbox.fault(Fault.applyThenDrop("domain/renew"));

    DonDominioTransportException e = transportFailure(DomainRenewRequest.of(DOMAIN, expiry));

    assertThat(e.mayHaveReachedServer()).isTrue();
    assertThat(e.getMessage()).contains("may have reached the server");
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(callsOf(sandbox, "domain/renew")).hasSize(1);
    assertThat(operations("renewed")).isEqualTo(1);
    assertThat(client.call(DomainGetInfoRequest.status(DOMAIN)).domain().expiry())
        .contains(expiry.plusYears(1));
    // a blind resend with the old expiry is refused: the renewal is not done twice
    assertThat(
            catchThrowableOfType(
                DomainRenewException.class,
                () -> client.call(DomainRenewRequest.of(DOMAIN, expiry))))
        .isNotNull();
    assertThat(operations("renewed")).isEqualTo(1);
  }

  // ---- nobody listening

  @Test
  void aClosedPortMeansTheRequestDidNotReachTheServer() throws IOException {
    URI closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
    }
    RecordingSleeper waits = new RecordingSleeper();
    DonDominioClient nowhere = clientFor(sandbox, waits).endpoint(closed).build();

    DonDominioTransportException read =
        catchThrowableOfType(
            DonDominioTransportException.class, () -> nowhere.call(new HelloRequest()));
    DonDominioTransportException write =
        catchThrowableOfType(DonDominioTransportException.class, () -> nowhere.call(CREATE));

    assertThat(read.kind()).isEqualTo(Kind.CONNECT_FAILED);
    assertThat(read.mayHaveReachedServer()).isFalse();
    assertThat(read.getMessage()).contains("did not reach the server");
    assertThat(read.attempts()).isEqualTo(3);
    assertThat(write.kind()).isEqualTo(Kind.CONNECT_FAILED);
    assertThat(write.mayHaveReachedServer()).isFalse();
    assertThat(write.getMessage()).contains("did not reach the server");
    assertThat(write.attempts()).isEqualTo(1);
    assertThat(waits.delays()).hasSize(2);
  }
}
