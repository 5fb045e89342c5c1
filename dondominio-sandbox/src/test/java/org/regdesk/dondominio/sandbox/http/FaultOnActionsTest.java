package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Every fault mode against the actions a registrar integration calls, planned over the control API.
 * Above all {@code apply-then-drop}: the client gets no answer, yet the internal view shows the
 * operation done exactly once and charged once, which is what a client must find out by reading
 * instead of resending.
 */
class FaultOnActionsTest {
  private static final String CODE = "Xy7#code+1";

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private WireFixture fixture;

  @BeforeEach
  void start() {
    fixture = new WireFixture(builder -> builder.sleeper(sleeper));
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private void plan(String action, String mode, String... more) {
    String[] fields = {"action", action, "mode", mode};
    Wire.Response response = fixture.controlPost("faults", WireFixture.concat(fields, more));
    assertThat(response.status()).as(response.text()).isEqualTo(200);
  }

  /** Sends on a connection of its own that closes after the answer: empty when dropped. */
  private byte[] sendRaw(BodyEncoding encoding, String action, Map<String, String> fields)
      throws IOException {
    Map<String, String> all = Wire.credentials();
    all.putAll(fields);
    return Wire.raw(
        fixture.sandbox.port(),
        Wire.rawRequest("POST", "/" + action + "/", encoding.contentType(), encoding.encode(all)));
  }

  private static Map<String, String> owner(String... fields) {
    Map<String, String> all = new LinkedHashMap<>(WireFixture.OWNER);
    all.putAll(WireFixture.pairs(fields));
    return all;
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void apply_then_drop_on_create_registers_and_charges_exactly_once(BodyEncoding encoding)
      throws IOException {
    plan("domain/create", "apply-then-drop");

    byte[] answer = sendRaw(encoding, "domain/create", owner("domain", "tienda-ana.com"));

    assertThat(answer).as("the client sees no response").isEmpty();
    JsonNode state = fixture.state("tienda-ana.com");
    assertThat(state.path("status").asString()).isEqualTo("register-init");
    assertThat(state.at("/operations/created").asInt()).isEqualTo(1);
    assertThat(state.path("charges")).hasSize(1);
    assertThat(state.at("/charges/0/amount").decimalValue()).isEqualByComparingTo("9.95");
    assertThat(state.at("/account/balance").decimalValue()).isEqualByComparingTo("990.05");
    // what a careful client does next: read, not resend
    JsonNode check =
        fixture.send(encoding, "domain/check", Map.of("domain", "tienda-ana.com")).json();
    assertThat(check.at("/responseData/domains/0/available").asBoolean()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void apply_then_drop_on_transfer_transfers_and_charges_exactly_once(BodyEncoding encoding)
      throws IOException {
    fixture.foreign("vecino.net", CODE);
    plan("domain/transfer", "apply-then-drop");

    byte[] answer =
        sendRaw(encoding, "domain/transfer", owner("domain", "vecino.net", "authcode", CODE));

    assertThat(answer).isEmpty();
    JsonNode state = fixture.state("vecino.net");
    assertThat(state.path("status").asString()).isEqualTo("transfer-init");
    assertThat(state.path("transferAuthcode").asString()).isEqualTo(CODE);
    assertThat(state.at("/operations/transferred").asInt()).isEqualTo(1);
    assertThat(state.path("charges")).hasSize(1);
    assertThat(state.at("/charges/0/amount").decimalValue()).isEqualByComparingTo("11.50");
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void apply_then_drop_on_renew_renews_and_charges_exactly_once(BodyEncoding encoding)
      throws IOException {
    fixture.active("tienda-ana.com");
    plan("domain/renew", "apply-then-drop");

    byte[] answer =
        sendRaw(
            encoding,
            "domain/renew",
            Map.of("domain", "tienda-ana.com", "curExpDate", "2027-03-02", "period", "2"));

    assertThat(answer).isEmpty();
    JsonNode state = fixture.state("tienda-ana.com");
    assertThat(state.path("tsExpir").asString()).isEqualTo("2029-03-02");
    assertThat(state.at("/operations/renewed").asInt()).isEqualTo(1);
    assertThat(state.path("charges"))
        .extracting(c -> c.path("action").asString())
        .containsExactly("create", "renew");
    // a client that resends with the same curExpDate is refused, and nothing more is charged
    JsonNode again =
        fixture
            .send(
                encoding,
                "domain/renew",
                Map.of("domain", "tienda-ana.com", "curExpDate", "2027-03-02"))
            .json();
    assertThat(again.path("errorCode").asInt()).isEqualTo(2100);
    assertThat(fixture.state("tienda-ana.com").path("charges")).hasSize(2);
  }

  @Test
  void reset_drops_the_connection_before_anything_runs() throws IOException {
    fixture.active("tienda-ana.com");
    plan("domain/renew", "reset");
    JsonNode before = EngineSnapshot.of(fixture.sandbox);

    byte[] answer =
        sendRaw(
            BodyEncoding.MULTIPART,
            "domain/renew",
            Map.of("domain", "tienda-ana.com", "curExpDate", "2027-03-02"));

    assertThat(answer).isEmpty();
    assertThat(EngineSnapshot.of(fixture.sandbox)).isEqualTo(before);
    assertThat(fixture.state("tienda-ana.com").at("/operations/renewed").asInt()).isZero();
  }

  @Test
  void error_answers_the_planned_code_and_runs_nothing() {
    plan("domain/create", "error", "errorCode", "2009");
    JsonNode before = EngineSnapshot.of(fixture.sandbox);

    JsonNode envelope =
        fixture
            .send(BodyEncoding.URLENCODED, "domain/create", owner("domain", "tienda-ana.com"))
            .json();

    assertThat(envelope.path("success").asBoolean()).isFalse();
    assertThat(envelope.path("errorCode").asInt()).isEqualTo(2009);
    assertThat(envelope.path("errorCodeMsg").asString()).isEqualTo("Domain create error");
    assertThat(envelope.path("action").asString()).isEqualTo("domain/create");
    assertThat(EngineSnapshot.of(fixture.sandbox)).isEqualTo(before);
    assertThat(
            fixture
                .send(BodyEncoding.URLENCODED, "domain/create", owner("domain", "tienda-ana.com"))
                .json()
                .path("success")
                .asBoolean())
        .as("the fault was used up")
        .isTrue();
  }

  @Test
  void http500_answers_a_server_error_page_and_runs_nothing() {
    fixture.active("tienda-ana.com");
    plan("domain/getinfo", "http500", "count", "2");

    Wire.Response first =
        fixture.send(BodyEncoding.URLENCODED, "domain/getinfo", Map.of("domain", "tienda-ana.com"));
    Wire.Response second =
        fixture.send(BodyEncoding.MULTIPART, "domain/getinfo", Map.of("domain", "tienda-ana.com"));
    Wire.Response third =
        fixture.send(BodyEncoding.MULTIPART, "domain/getinfo", Map.of("domain", "tienda-ana.com"));

    assertThat(first.status()).isEqualTo(500);
    assertThat(first.contentType()).startsWith("text/html");
    assertThat(second.status()).isEqualTo(500);
    assertThat(third.status()).isEqualTo(200);
    assertThat(third.json().path("success").asBoolean()).isTrue();
  }

  @Test
  void malformed_answers_200_with_a_body_that_is_not_json() {
    fixture.active("tienda-ana.com");
    plan("domain/list", "malformed");

    Wire.Response response =
        fixture.send(BodyEncoding.URLENCODED, "domain/list", Map.of("pageLength", "10"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.text()).contains("Fatal error");
    assertThatThrownBy(response::json).isInstanceOf(JacksonException.class);
  }

  @Test
  void latency_delays_then_runs_the_action() {
    plan("domain/check", "latency", "delayMs", "20000");

    JsonNode envelope =
        fixture
            .send(BodyEncoding.URLENCODED, "domain/check", Map.of("domain", "tienda-ana.com"))
            .json();

    assertThat(envelope.path("success").asBoolean()).isTrue();
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(20));
  }

  @Test
  void a_delayed_reset_waits_first_as_a_slow_server_would() {
    fixture.active("tienda-ana.com");
    plan("domain/update", "reset", "delayMs", "30000");

    assertThatThrownBy(
            () ->
                fixture.send(
                    BodyEncoding.URLENCODED,
                    "domain/update",
                    Map.of("domain", "tienda-ana.com", "updateType", "tag", "tag", "x")))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(30));
    assertThat(fixture.state("tienda-ana.com").path("tag").asString()).isEmpty();
  }

  @Test
  void faults_are_recorded_with_the_calls() {
    plan("domain/check", "error", "errorCode", "2004");
    fixture.send(BodyEncoding.URLENCODED, "domain/check", Map.of("domain", "tienda-ana.com"));

    JsonNode calls = fixture.controlGet("calls").json().path("calls");

    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).path("fault").asString()).isEqualTo("error");
    assertThat(calls.get(0).path("errorCode").asInt()).isEqualTo(2004);
    assertThat(calls.get(0).path("reachedEngine").asBoolean()).isFalse();
    assertThat(calls.get(0).at("/parameters/apipasswd").asString()).isEqualTo(ApiCall.MASK);
  }
}
