package org.regdesk.dondominio.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.dondominio.client.domain.DomainGetAuthcodeRequest;
import org.regdesk.dondominio.client.domain.DomainTransferRequest;
import org.regdesk.dondominio.client.domain.DomainTransferRestartRequest;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.testing.Fixtures;
import org.regdesk.dondominio.client.testing.RawSocketServer;
import org.regdesk.dondominio.client.testing.RecordingSleeper;
import org.regdesk.dondominio.client.testing.ScriptedServer;
import org.regdesk.dondominio.client.testing.ScriptedServer.Reply;
import org.regdesk.dondominio.client.value.AuthCode;
import org.regdesk.dondominio.client.value.ContactRef;
import org.regdesk.dondominio.client.value.DomainContacts;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.DomainSelector;

/**
 * Provokes every kind of outcome with logging at the finest level, then checks that neither the API
 * password nor an auth code appears in any log line, exception message, stack trace or {@code
 * toString()}.
 */
class RedactionTest {
  private static final String AUTH_CODE = "Auth#Code&Sec=ret!7";
  private static final String SERVER_AUTH_CODE = "Srv-AuthCode-91xq";
  private static final DomainSelector SHOP = DomainSelector.parse("example-shop.com");

  private final Logger julLogger = Logger.getLogger("org.regdesk.dondominio.client");
  private final List<String> logs = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
          logs.add(formatter.format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level previousLevel;

  @BeforeEach
  void captureLogs() {
    previousLevel = julLogger.getLevel();
    julLogger.setLevel(Level.ALL);
    julLogger.addHandler(capture);
  }

  @AfterEach
  void restoreLogs() {
    julLogger.removeHandler(capture);
    julLogger.setLevel(previousLevel);
  }

  private DomainTransferRequest transfer() {
    return DomainTransferRequest.builder(
            DomainName.of("example-shop.net"), DomainContacts.ofOwner(ContactRef.existing("ABC-1")))
        .authcode(AuthCode.of(AUTH_CODE))
        .build();
  }

  private void attempt(DonDominioClient client, ApiRequest<?> request) {
    try {
      Object response = client.call(request);
      texts.add(String.valueOf(response));
    } catch (RuntimeException e) {
      record(e);
    }
  }

  private void record(Throwable e) {
    texts.add(e.getMessage());
    texts.add(e.toString());
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    texts.add(trace.toString());
  }

  @Test
  void secretsAppearNowhere() throws IOException {
    RecordingSleeper sleeper = new RecordingSleeper();
    try (ScriptedServer server = new ScriptedServer()) {
      DonDominioClient client =
          Fixtures.clientFor(server.endpoint(), sleeper)
              .requestTimeout(Duration.ofMillis(300))
              .build();
      texts.add(client.toString());
      texts.add(Fixtures.clientFor(server.endpoint(), sleeper).toString());
      texts.add(transfer().toString());
      texts.add(transfer().parameters().toString());
      texts.add(
          DomainTransferRequest.builder(
                  DomainName.of("example-shop.net"),
                  DomainContacts.ofOwner(ContactRef.existing("ABC-1")))
              .authcode(AuthCode.of(AUTH_CODE))
              .toString());
      texts.add(DomainTransferRestartRequest.withAuthcode(SHOP, AuthCode.of(AUTH_CODE)).toString());
      texts.add(AuthCode.of(AUTH_CODE).toString());

      // an API error whose text echoes both secrets back
      String echo =
          Fixtures.API_PASSWORD
              + " / "
              + AUTH_CODE
              + " / "
              + URLEncoder.encode(AUTH_CODE, StandardCharsets.UTF_8);
      server.reply(
          Reply.ok(
              "{\"success\":false,\"errorCode\":2005,\"errorCodeMsg\":\""
                  + echo
                  + "\",\"action\":\"domain/transfer\",\"messages\":[\""
                  + echo
                  + "\"]}"));
      attempt(client, transfer());
      // success carrying an auth code
      server.reply(
          Reply.ok(
              Fixtures.success(
                  "domain/getauthcode",
                  "{\"name\":\"example-shop.com\",\"status\":\"active\",\"tld\":\"com\","
                      + "\"tsExpir\":\"2026-03-01\",\"domainID\":1,\"authcode\":\""
                      + SERVER_AUTH_CODE
                      + "\"}")));
      attempt(client, new DomainGetAuthcodeRequest(SHOP));
      // an auth code the client cannot read
      server.reply(
          Reply.ok(
              Fixtures.success(
                  "domain/getauthcode",
                  "{\"name\":\"example-shop.com\",\"authcode\":{\"x\":\""
                      + SERVER_AUTH_CODE
                      + "\"}}")));
      attempt(client, new DomainGetAuthcodeRequest(SHOP));
      // 5xx on a read (retried) and on a write
      server.reply(Reply.json(503, Fixtures.API_PASSWORD));
      attempt(client, new DomainGetAuthcodeRequest(SHOP));
      attempt(client, transfer());
      // garbage body
      server.reply(Reply.ok("<b>" + Fixtures.API_PASSWORD + AUTH_CODE + "</b>"));
      attempt(client, transfer());
    }
    for (RawSocketServer.Behaviour behaviour : RawSocketServer.Behaviour.values()) {
      try (RawSocketServer raw = new RawSocketServer(behaviour)) {
        attempt(
            Fixtures.clientFor(raw.endpoint(), sleeper)
                .requestTimeout(Duration.ofMillis(200))
                .build(),
            transfer());
      }
    }
    URI closed;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = URI.create("http://127.0.0.1:" + probe.getLocalPort());
    }
    attempt(Fixtures.clientFor(closed), transfer());
    try {
      AuthCode.of(AUTH_CODE + "\n");
    } catch (InvalidRequestValueException e) {
      record(e);
    }

    assertThat(logs).as("the client logged its calls").isNotEmpty();
    assertThat(texts).hasSizeGreaterThan(20);
    List<String> everything = new ArrayList<>(logs);
    everything.addAll(texts);
    for (String secret :
        List.of(
            Fixtures.API_PASSWORD,
            URLEncoder.encode(Fixtures.API_PASSWORD, StandardCharsets.UTF_8),
            AUTH_CODE,
            URLEncoder.encode(AUTH_CODE, StandardCharsets.UTF_8),
            SERVER_AUTH_CODE)) {
      assertThat(everything).noneMatch(text -> text != null && text.contains(secret));
    }
    assertThat(String.join("\n", texts)).contains("****");
  }

  @Test
  void logLinesNameActionDurationAndOutcomeButNoBody() {
    try (ScriptedServer server = new ScriptedServer()) {
      server.replyOk(Fixtures.error("domain/transfer", 2005, "Domain in the system"));
      attempt(Fixtures.clientFor(server.endpoint()), transfer());
    }
    assertThat(logs)
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("domain/transfer API error 2005 in ")
                    .contains(" ms after 1 attempt"));
    assertThat(logs).noneMatch(line -> line.contains("ABC-1") || line.contains("example-shop"));
  }
}
