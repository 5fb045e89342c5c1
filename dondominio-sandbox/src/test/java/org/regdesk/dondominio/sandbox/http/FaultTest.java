package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;
import tools.jackson.core.JacksonException;

/** Every fault mode, seen from a real client. */
class FaultTest {
  private static final RecordingSleeper SLEEPER = new RecordingSleeper();

  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.builder().configure(b -> b.sleeper(SLEEPER)).build();

  private Sandbox sandbox;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    this.sandbox = sandbox;
    SLEEPER.clear();
  }

  private Wire.Response hello(BodyEncoding encoding) {
    return Wire.post(sandbox.uri(), "tool/hello/", encoding, Wire.credentials());
  }

  private Wire.Response hello() {
    return hello(BodyEncoding.URLENCODED);
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void error_answers_the_code_without_running_the_action(BodyEncoding encoding) {
    sandbox.fault(Fault.error("tool/hello", 1100));

    Golden.assertMatches(hello(encoding), "fault-error");
    assertThat(sandbox.calls())
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.reachedEngine()).isFalse();
              assertThat(call.errorCode()).isEqualTo(OptionalInt.of(1100));
              assertThat(call.fault()).contains(FaultMode.ERROR);
            });
    assertThat(hello(encoding).json().path("success").asBoolean()).isTrue();
  }

  @Test
  void http500_answers_a_server_error_that_is_not_json() {
    sandbox.fault(Fault.http500("tool/hello"));

    Wire.Response response = hello();

    assertThat(response.status()).isEqualTo(500);
    assertThatThrownBy(response::json).isInstanceOf(JacksonException.class);
    assertThat(sandbox.calls().get(0).reachedEngine()).isFalse();
  }

  @Test
  void malformed_answers_200_with_a_body_that_is_not_json() {
    sandbox.fault(Fault.malformed("tool/hello"));

    Wire.Response response = hello();

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.text()).isNotBlank();
    assertThatThrownBy(response::json).isInstanceOf(JacksonException.class);
    assertThat(sandbox.calls().get(0).reachedEngine()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void reset_closes_the_connection_without_an_answer_and_runs_nothing(BodyEncoding encoding)
      throws IOException {
    sandbox.fault(Fault.reset("tool/hello").times(2));

    assertThatThrownBy(() -> hello(encoding))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(IOException.class);
    byte[] raw =
        Wire.raw(
            sandbox.port(),
            Wire.rawRequest(
                "POST",
                "/tool/hello/",
                encoding.contentType(),
                encoding.encode(Wire.credentials())));

    assertThat(raw).as("bytes received on a dropped connection").isEmpty();
    assertThat(sandbox.calls()).hasSize(2).noneMatch(ApiCall::reachedEngine);
    assertThat(hello(encoding).json().path("success").asBoolean())
        .as("the next request, on a new connection")
        .isTrue();
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void apply_then_drop_runs_the_action_and_gives_no_answer(BodyEncoding encoding)
      throws IOException {
    sandbox.fault(Fault.applyThenDrop("tool/hello").times(2));

    assertThatThrownBy(() -> hello(encoding)).isInstanceOf(UncheckedIOException.class);
    byte[] raw =
        Wire.raw(
            sandbox.port(),
            Wire.rawRequest(
                "POST",
                "/tool/hello/",
                encoding.contentType(),
                encoding.encode(Wire.with(Wire.credentials(), "apipasswd", "wrong"))));

    assertThat(raw).isEmpty();
    assertThat(sandbox.calls())
        .extracting(ApiCall::reachedEngine, ApiCall::errorCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(true, OptionalInt.of(0)),
            org.assertj.core.groups.Tuple.tuple(true, OptionalInt.of(1004)));
    assertThat(hello(encoding).json().path("success").asBoolean()).isTrue();
  }

  @Test
  void a_dropped_keep_alive_connection_does_not_break_the_next_request_on_the_same_client()
      throws Exception {
    assertThat(hello().json().path("success").asBoolean()).isTrue(); // opens a pooled connection
    sandbox.fault(Fault.reset("tool/hello"));

    HttpRequest request =
        HttpRequest.newBuilder(sandbox.uri().resolve("tool/hello/"))
            .header("Content-Type", BodyEncoding.URLENCODED.contentType())
            .POST(
                HttpRequest.BodyPublishers.ofByteArray(
                    BodyEncoding.URLENCODED.encode(Wire.credentials())))
            .build();
    assertThatThrownBy(() -> Wire.CLIENT.send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
    HttpResponse<String> next = Wire.CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(next.body()).contains("\"success\":true");
  }

  @Test
  void latency_waits_then_answers_normally() {
    sandbox.fault(Fault.latency("tool/hello", Duration.ofMillis(1500)));

    Wire.Response response = hello();

    assertThat(response.json().path("success").asBoolean()).isTrue();
    assertThat(SLEEPER.waits()).containsExactly(Duration.ofMillis(1500));
    assertThat(sandbox.calls().get(0).fault()).contains(FaultMode.LATENCY);
  }

  @Test
  void a_delay_on_another_mode_waits_before_the_fault_acts() {
    sandbox.fault(Fault.error("tool/hello", 2008).after(Duration.ofMillis(700)));

    assertThat(hello().json().path("errorCode").asInt()).isEqualTo(2008);
    assertThat(SLEEPER.waits()).containsExactly(Duration.ofMillis(700));
  }

  @Test
  void a_fault_breaks_exactly_count_calls_then_goes_away() {
    sandbox.fault(Fault.error("tool/hello", 2008).times(2));

    assertThat(hello().json().path("errorCode").asInt()).isEqualTo(2008);
    assertThat(sandbox.faults()).singleElement().extracting(Fault::count).isEqualTo(1);
    assertThat(hello().json().path("errorCode").asInt()).isEqualTo(2008);
    assertThat(sandbox.faults()).isEmpty();
    assertThat(hello().json().path("errorCode").asInt()).isZero();
  }

  @Test
  void faults_apply_in_the_order_planned() {
    sandbox.fault(Fault.error("tool/hello", 2008));
    sandbox.fault(Fault.error("/Tool/Hello/", 2010));

    assertThat(hello().json().path("errorCode").asInt()).isEqualTo(2008);
    assertThat(hello().json().path("errorCode").asInt()).isEqualTo(2010);
  }

  @Test
  void a_fault_leaves_other_actions_alone() {
    sandbox.fault(Fault.error("tool/hello", 2008));

    Wire.Response other =
        Wire.post(sandbox.uri(), "tool/nope/", BodyEncoding.URLENCODED, Wire.credentials());

    assertThat(other.json().path("errorCode").asInt()).isEqualTo(102);
    assertThat(sandbox.faults()).hasSize(1);
  }

  @Test
  void a_request_with_a_broken_body_does_not_use_up_a_fault() {
    sandbox.fault(Fault.error("tool/hello", 2008));

    Wire.post(sandbox.uri(), "tool/hello/", "text/plain", "x".getBytes(StandardCharsets.UTF_8));

    assertThat(sandbox.faults()).hasSize(1);
  }

  @Test
  void faults_are_planned_listed_and_cleared_over_http() {
    Wire.Response planned =
        Wire.post(
            sandbox.uri(),
            "_sandbox/faults",
            BodyEncoding.URLENCODED,
            Map.of("action", "tool/hello", "mode", "error", "errorCode", "2010", "count", "3"));
    Wire.post(
        sandbox.uri(),
        "_sandbox/faults",
        "application/json",
        "{\"action\":\"tool/hello\",\"mode\":\"latency\",\"delayMs\":250}"
            .getBytes(StandardCharsets.UTF_8));

    assertThat(planned.status()).isEqualTo(200);
    assertThat(planned.json().path("planned").path("mode").asString()).isEqualTo("error");
    Wire.Response listed = Wire.get(sandbox.uri(), "_sandbox/faults");
    assertThat(listed.json().path("faults"))
        .hasSize(2)
        .first()
        .satisfies(
            f -> {
              assertThat(f.path("action").asString()).isEqualTo("tool/hello");
              assertThat(f.path("count").asInt()).isEqualTo(3);
              assertThat(f.path("errorCode").asInt()).isEqualTo(2010);
            });
    assertThat(sandbox.faults().get(1))
        .isEqualTo(Fault.latency("tool/hello", Duration.ofMillis(250)));

    Wire.Response cleared =
        Wire.send(
            HttpRequest.newBuilder(sandbox.uri().resolve("_sandbox/faults")).DELETE().build());
    assertThat(cleared.json().path("cleared").asInt()).isEqualTo(2);
    assertThat(sandbox.faults()).isEmpty();

    sandbox.fault(Fault.reset("tool/hello"));
    Wire.post(sandbox.uri(), "_sandbox/faults/clear", BodyEncoding.URLENCODED, Map.of());
    assertThat(sandbox.faults()).isEmpty();
  }

  @Test
  void reset_over_http_clears_faults_and_recorded_calls() {
    hello();
    sandbox.fault(Fault.reset("tool/hello"));

    Wire.Response reset =
        Wire.post(sandbox.uri(), "_sandbox/reset", BodyEncoding.URLENCODED, Map.of());

    assertThat(reset.status()).isEqualTo(200);
    assertThat(sandbox.faults()).isEmpty();
    assertThat(sandbox.calls()).isEmpty();
  }
}
