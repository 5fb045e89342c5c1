package org.regdesk.dondominio.client.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.anaOwns;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.clientFor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.domain.DomainCreateRequest;
import org.regdesk.dondominio.client.domain.DomainTransferRequest;
import org.regdesk.dondominio.client.error.DonDominioException;
import org.regdesk.dondominio.client.testing.SandboxFixtures;
import org.regdesk.dondominio.client.value.AuthCode;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.TldExtraField;
import org.regdesk.dondominio.client.value.TldExtras;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;
import org.regdesk.dondominio.sandbox.http.Fault;

/**
 * The API password, auth codes and the .aero ENS password travel to the sandbox intact and show
 * nowhere on the client's side: not in logs at the finest level, not in messages, not in {@code
 * toString()}.
 */
class SecretsAgainstSandboxTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxFixtures.sandbox().apiPassword("Api#Pass&word=1").build();

  private static final String AUTH_CODE = "Auth#Code&x=9";
  private static final String AERO_PASS = "Aero#Pass&y=7";

  private final Sandbox sandbox = SANDBOX.get();
  private final DonDominioClient client = clientFor(sandbox);
  private final Logger log = Logger.getLogger("org.regdesk.dondominio.client");
  private final List<String> texts = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
          texts.add(formatter.format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level previous;

  @BeforeEach
  void captureLogs() {
    previous = log.getLevel();
    log.setLevel(Level.ALL);
    log.addHandler(capture);
  }

  @AfterEach
  void restoreLogs() {
    log.removeHandler(capture);
    log.setLevel(previous);
  }

  private void attempt(Object request, Runnable call) {
    texts.add(String.valueOf(request));
    try {
      call.run();
    } catch (DonDominioException e) {
      texts.add(e.getMessage());
      texts.add(e.toString());
    }
  }

  @Test
  void secretsReachTheServerAndShowNowhereInTheClient() {
    DomainCreateRequest aero =
        DomainCreateRequest.builder(DomainName.of("regdesk-airline.aero"), anaOwns())
            .extras(
                TldExtras.builder()
                    .text(TldExtraField.AERO_ID, "ENS-12345")
                    .text(TldExtraField.AERO_PASS, AERO_PASS)
                    .build())
            .build();
    sandbox.addForeignDomain("regdesk-elsewhere.com", AUTH_CODE);
    DomainTransferRequest transfer =
        DomainTransferRequest.builder(DomainName.of("regdesk-elsewhere.com"), anaOwns())
            .authcode(AuthCode.of(AUTH_CODE))
            .build();

    attempt(aero, () -> client.call(aero));
    attempt(transfer, () -> client.call(transfer));
    // failures of every kind, with the same secrets on the wire
    sandbox.fault(Fault.malformed("domain/create"));
    attempt(aero, () -> client.call(aero));
    sandbox.fault(Fault.applyThenDrop("domain/transfer"));
    sandbox.updateAccount(Map.of("balance", "0"));
    attempt(transfer, () -> client.call(transfer));
    attempt(aero, () -> client.call(aero));
    texts.add(client.toString());
    texts.add(aero.parameters().toString());
    texts.add(aero.extras().toString());

    assertThat(sandbox.domainState("regdesk-airline.aero").orElseThrow().path("extras").toString())
        .contains(AERO_PASS);
    assertThat(
            sandbox
                .domainState("regdesk-elsewhere.com")
                .orElseThrow()
                .path("transferAuthcode")
                .asString())
        .isEqualTo(AUTH_CODE);
    assertThat(texts).hasSizeGreaterThan(10);
    assertThat(String.join("\n", texts))
        .doesNotContain(sandbox.apiPassword())
        .doesNotContain(AUTH_CODE)
        .doesNotContain(AERO_PASS)
        .doesNotContain("Api%23Pass")
        .doesNotContain("Auth%23Code")
        .doesNotContain("Aero%23Pass");
  }
}
