package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A bug behind the transport is logged without secrets and answered with error 1, not HTTP 500. */
class UnexpectedFailureTest {
  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final Logger logger = Logger.getLogger(ApiHandler.class.getName());
  private SandboxHttpServer server;

  @BeforeEach
  void start() throws Exception {
    logger.addHandler(capture);
    logger.setUseParentHandlers(false);
    ApiHandler api =
        new ApiHandler(
            (action, params, ip) -> {
              throw new IllegalStateException("engine bug");
            },
            new FaultPlan(a -> true),
            new CallJournal(),
            Sleeper.system(),
            Duration.ZERO,
            () -> {});
    server =
        SandboxHttpServer.start(
            new InetSocketAddress("127.0.0.1", 0), 2, api, exchange -> exchange.close());
  }

  @AfterEach
  void stop() {
    server.close();
    logger.removeHandler(capture);
    logger.setUseParentHandlers(true);
  }

  @Test
  void an_unexpected_exception_is_error_1_and_logged_without_the_password() {
    Wire.Response response =
        Wire.post(
            URI.create("http://127.0.0.1:" + server.port() + "/"),
            "tool/hello/",
            BodyEncoding.URLENCODED,
            Wire.with(Wire.credentials(), "apipasswd", "Very-Secret-9"));

    Golden.assertMatches(response, "unexpected-failure");
    assertThat(logged).hasSize(1);
    LogRecord record = logged.get(0);
    assertThat(record.getMessage())
        .contains("tool/hello")
        .contains("apipasswd")
        .doesNotContain("Very-Secret-9");
    assertThat(record.getThrown()).hasMessage("engine bug");
  }
}
