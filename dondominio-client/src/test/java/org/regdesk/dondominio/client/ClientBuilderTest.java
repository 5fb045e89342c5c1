package org.regdesk.dondominio.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.testing.Fixtures;
import org.regdesk.dondominio.client.testing.ScriptedServer;
import org.regdesk.dondominio.client.tool.HelloRequest;

/** Building the client: endpoint rules, credentials, User-Agent, server version warnings. */
class ClientBuilderTest {

  private static DonDominioClient.Builder credentials() {
    return DonDominioClient.builder().apiUser(Fixtures.API_USER).apiPassword(Fixtures.API_PASSWORD);
  }

  @Test
  void defaultsToTheProductionEndpoint() {
    assertThat(credentials().build().endpoint())
        .isEqualTo(URI.create("https://simple-api.dondominio.net"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080",
        "http://127.10.0.1:8080/",
        "http://localhost:9000/api",
        "http://[::1]:8080",
        "https://simple-api-test.dondominio.net"
      })
  void acceptsHttpsAndPlainHttpOnlyToLoopback(String endpoint) {
    assertThat(credentials().endpoint(endpoint).build().endpoint().toString()).doesNotEndWith("/");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://simple-api.dondominio.net",
        "http://192.168.1.10:8080",
        "http://10.0.0.1",
        "http://localhost.example.com",
        "http://127.0.0.1.nip.io",
        "ftp://simple-api.dondominio.net",
        "https://user:pw@simple-api.dondominio.net",
        "https://simple-api.dondominio.net/?x=1",
        "not a url",
        "/relative"
      })
  void refusesEndpointsThatWouldSendCredentialsInClearOrAreMalformed(String endpoint) {
    assertThatThrownBy(() -> credentials().endpoint(endpoint))
        .isInstanceOfSatisfying(
            InvalidRequestValueException.class, e -> assertThat(e.field()).isEqualTo("endpoint"));
  }

  @Test
  void credentialsAreRequired() {
    assertThatThrownBy(() -> DonDominioClient.builder().apiPassword("x").build())
        .hasMessageStartingWith("apiuser:");
    assertThatThrownBy(() -> DonDominioClient.builder().apiUser("u").build())
        .hasMessageStartingWith("apipasswd:");
    assertThatThrownBy(() -> DonDominioClient.builder().apiPassword(""))
        .hasMessageStartingWith("apipasswd:");
  }

  @Test
  void userAgentStartsWithPlatformAndVersionThenCallerPairs() {
    DonDominioClient client =
        credentials()
            .userAgentPair("Regdesk", "0.1.0")
            .userAgentPair("Plugin", "dondominio")
            .build();
    assertThat(client.userAgent())
        .matches(
            "ClientPlatform/Java;ClientVersion/[0-9A-Za-z.\\-]+;Regdesk/0\\.1\\.0;Plugin/dondominio;");
    assertThat(client.userAgent()).doesNotContain("ClientVersion/dev;");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a b", "a;b", "a/b", "ñ"})
  void userAgentPairsCannotBreakTheFormat(String token) {
    assertThatThrownBy(() -> credentials().userAgentPair(token, "1"))
        .isInstanceOf(InvalidRequestValueException.class);
    assertThatThrownBy(() -> credentials().userAgentPair("Key", token))
        .isInstanceOf(InvalidRequestValueException.class);
  }

  @Test
  void toStringShowsNoPassword() {
    assertThat(credentials().toString()).doesNotContain(Fixtures.API_PASSWORD).contains("****");
    assertThat(credentials().build().toString())
        .doesNotContain(Fixtures.API_PASSWORD)
        .contains(Fixtures.API_USER);
  }

  @Test
  void aNewerServerVersionIsWarnedAboutOnceAndNeverFailsTheCall() {
    Logger jul = Logger.getLogger("org.regdesk.dondominio.client");
    List<LogRecord> warnings = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
              warnings.add(record);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    jul.addHandler(handler);
    try (ScriptedServer server = new ScriptedServer()) {
      String hello = "{\"ip\":\"1.2.3.4\",\"lang\":\"es\",\"version\":\"x\"}";
      server.replyOk(Fixtures.success("tool/hello", hello));
      DonDominioClient client = Fixtures.clientFor(server.endpoint());
      client.call(new HelloRequest());
      assertThat(warnings).as("1.0.26 is older than the client's 1.1").isEmpty();

      String newer = Fixtures.success("tool/hello", hello).replace("1.0.26", "1.2.0");
      server.replyOk(newer);
      assertThat(client.call(new HelloRequest()).ip()).isEqualTo("1.2.3.4");
      client.call(new HelloRequest());
      assertThat(warnings).hasSize(1);
      assertThat(warnings.get(0).getMessage()).contains("1.2.0").contains("not be up to date");

      server.replyOk(newer.replace("1.2.0", "2.0.0"));
      client.call(new HelloRequest());
      assertThat(warnings).hasSize(2);
      assertThat(warnings.get(1).getMessage()).contains("deprecated");
    } finally {
      jul.removeHandler(handler);
    }
  }
}
