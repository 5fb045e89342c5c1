package org.regdesk.dondominio.client.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.clientFor;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.domain.DomainCreateRequest;
import org.regdesk.dondominio.client.error.DonDominioTransportException;
import org.regdesk.dondominio.client.error.DonDominioTransportException.Kind;
import org.regdesk.dondominio.client.testing.RecordingSleeper;
import org.regdesk.dondominio.client.testing.SandboxFixtures;
import org.regdesk.dondominio.client.testing.SandboxGate;
import org.regdesk.dondominio.client.tool.HelloRequest;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;
import org.regdesk.dondominio.sandbox.http.Fault;

/**
 * A sandbox slower than the client's request timeout. The sandbox holds faulted requests on a gate
 * the test opens afterwards, so only the client's own (short) timeout is waited for.
 */
class ClientTimeoutTest {
  private static final SandboxGate GATE = new SandboxGate();
  private static final Duration TIMEOUT = Duration.ofMillis(250);
  private static final Duration FAR_BEYOND_THE_TIMEOUT = Duration.ofSeconds(30);

  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxFixtures.sandbox().configure(b -> b.sleeper(GATE)).build();

  private final Sandbox sandbox = SANDBOX.get();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final DonDominioClient client =
      clientFor(sandbox, sleeper).requestTimeout(TIMEOUT).build();

  @AfterEach
  void letTheHeldRequestsGo() {
    GATE.reset();
  }

  @Test
  void aSlowReadTimesOutOnEveryAttemptAndSaysItMayHaveReachedTheServer() {
    sandbox.fault(Fault.latency("tool/hello", FAR_BEYOND_THE_TIMEOUT).times(3));

    DonDominioTransportException e =
        catchThrowableOfType(
            DonDominioTransportException.class, () -> client.call(new HelloRequest()));

    assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(e.mayHaveReachedServer()).isTrue();
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.action()).isEqualTo("tool/hello");
    assertThat(GATE.held()).isEqualTo(3);
    assertThat(sleeper.delays()).hasSize(2);
  }

  @Test
  void aSlowReadIsRetriedAndTheNextAttemptSucceeds() {
    sandbox.fault(Fault.latency("tool/hello", FAR_BEYOND_THE_TIMEOUT));

    assertThat(client.call(new HelloRequest()).ip()).isEqualTo("127.0.0.1");

    assertThat(GATE.held()).isEqualTo(1);
    assertThat(sleeper.delays()).hasSize(1);
  }

  @Test
  void aSlowWriteTimesOutOnceAndIsNotResent() {
    sandbox.fault(Fault.latency("domain/create", FAR_BEYOND_THE_TIMEOUT));

    DonDominioTransportException e =
        catchThrowableOfType(
            DonDominioTransportException.class,
            () ->
                client.call(
                    DomainCreateRequest.builder(
                            DomainName.of("regdesk-slow.com"), SandboxFixtures.anaOwns())
                        .build()));

    assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(e.mayHaveReachedServer()).isTrue();
    assertThat(e.getMessage()).contains("may have reached the server");
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(GATE.held()).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }
}
