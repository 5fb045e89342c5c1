package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.regdesk.dondominio.sandbox.SandboxExtension;
import tools.jackson.databind.JsonNode;

/** The control API's routing, input formats and error shapes. */
class ControlApiTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxExtension.builder().build();

  private static Wire.Response post(String path, String contentType, String body) {
    return Wire.post(SANDBOX.get().uri(), path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"_sandbox/nothing", "_sandbox", "_sandbox/faults/clear/more", "_sandbox/domains"})
  void unknown_paths_are_404_json(String path) {
    Wire.Response response = Wire.get(SANDBOX.get().uri(), path);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(response.json().path("error").asString())
        .startsWith("No control endpoint /_sandbox");
  }

  @Test
  void an_unknown_domain_is_404_json() {
    Wire.Response response = Wire.get(SANDBOX.get().uri(), "_sandbox/domains/nowhere.com");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().path("error").asString()).contains("nowhere.com");
  }

  @Test
  void a_wrong_method_is_405_with_the_allowed_ones() {
    Wire.Response getReset = Wire.get(SANDBOX.get().uri(), "_sandbox/reset");
    Wire.Response postDomain =
        post("_sandbox/domains/example.com", BodyEncoding.URLENCODED.contentType(), "");
    Wire.Response putFaults =
        Wire.send(
            HttpRequest.newBuilder(SANDBOX.get().uri().resolve("_sandbox/faults"))
                .PUT(HttpRequest.BodyPublishers.noBody())
                .build());

    assertThat(getReset.status()).isEqualTo(405);
    assertThat(getReset.json().path("error").asString())
        .isEqualTo("/_sandbox/reset allows POST only");
    assertThat(postDomain.status()).isEqualTo(405);
    assertThat(putFaults.status()).isEqualTo(405);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "foreign-domains | domain=not a name&authcode=x | 105 | domain | Invalid parameter domain:",
        "foreign-domains | domain=shop.nowhere&authcode=x | 105 | domain | TLD not supported",
        "foreign-domains | authcode=x | 101 | domain | Missing parameter: domain",
        "foreign-domains | domain=shop.com | 101 | authcode | Missing parameter: authcode",
        "foreign-domains | domain=shop.com&authcode=x&expiry=soon | 105 | expiry | Invalid parameter"
            + " expiry: expected a date YYYY-MM-DD",
        "foreign-domains | domain=shop.com&authcode=x&locked=maybe | 105 | locked | Invalid"
            + " parameter locked:",
        "foreign-domains | domain=shop.com&authcode=x&nameservers=ns1.a.com | 105 | nameservers |"
            + " between 2 and 7 host names, got 1",
        "account | balance=-5 | 105 | balance | Invalid parameter balance: between 0 and",
        "account | balance=1.005 | 105 | balance | at most 2 decimals",
        "account | balance=10&threshold=lots | 105 | threshold | Invalid parameter threshold:",
        "account | currency=EURO | 105 | currency | expected an ISO 4217 code",
        "account | clientName= | 101 | | Missing parameter: one of balance, threshold, currency,"
            + " clientName",
        "clock | advanceDays=0 | 105 | advanceDays | a positive number of days",
        "clock | advanceMinutes=soon | 105 | advanceMinutes | expected an integer",
        "clock | advanceDays=40000 | 105 | advanceDays | at most 100 years",
        "clock | | 101 | | Missing parameter: advanceDays or advanceMinutes",
      })
  void an_engine_refusal_of_a_control_request_is_400_naming_the_field_and_changes_nothing(
      String endpoint, String body, int errorCode, String field, String message) {
    JsonNode before = EngineSnapshot.of(SANDBOX.get());
    Duration offset = SANDBOX.get().clock().offset();

    Wire.Response response =
        post(
            "_sandbox/" + endpoint,
            BodyEncoding.URLENCODED.contentType(),
            body == null ? "" : body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(response.json().path("errorCode").asInt()).isEqualTo(errorCode);
    assertThat(response.json().path("error").asString()).contains(message);
    if (field == null) {
      assertThat(response.json().has("field")).isFalse();
    } else {
      assertThat(response.json().path("field").asString()).isEqualTo(field);
    }
    assertThat(EngineSnapshot.of(SANDBOX.get())).isEqualTo(before);
    assertThat(SANDBOX.get().clock().offset()).isEqualTo(offset);
  }

  @Test
  void a_json_body_is_refused_the_same_way() {
    Wire.Response response =
        post("_sandbox/account", "application/json", "{\"balance\": -1, \"currency\": \"EUR\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("field").asString()).isEqualTo("balance");
    assertThat(response.json().path("errorCode").asInt()).isEqualTo(105);
  }

  @Test
  void the_clock_can_be_read() {
    Wire.Response response = Wire.get(SANDBOX.get().uri(), "_sandbox/clock");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("now").asString())
        .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    assertThat(response.json().path("offset").asString()).isEqualTo("PT0S");
  }

  @Test
  void recorded_calls_can_be_read_with_the_password_masked() {
    Wire.post(
        SANDBOX.get().uri(),
        "tool/hello/",
        BodyEncoding.MULTIPART,
        Wire.with(Wire.credentials(), "authcode", "s3cr3t"));

    Wire.Response response = Wire.get(SANDBOX.get().uri(), "_sandbox/calls");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.text()).doesNotContain("s3cr3t").contains("\"apipasswd\":\"*****\"");
    assertThat(response.json().path("calls").get(0).path("action").asString())
        .isEqualTo("tool/hello");
    assertThat(response.json().path("calls").get(0).path("errorCode").asInt()).isZero();
  }

  @Test
  void every_secret_parameter_of_the_api_is_masked_in_the_journal() {
    Map<String, String> create = new java.util.LinkedHashMap<>(Wire.credentials());
    create.putAll(WireFixture.OWNER);
    create.put("domain", "tienda-ana.aero");
    create.put("aeroId", "ENS-4711");
    create.put("aeroPass", "Aer0-Pass-9");
    Wire.post(SANDBOX.get().uri(), "domain/create/", BodyEncoding.URLENCODED, create);
    Map<String, String> transfer = Wire.with(Wire.credentials(), "domain", "vecino.com");
    transfer.put("authcode", "Tr4nsfer-Code");
    Wire.post(SANDBOX.get().uri(), "domain/transfer/", BodyEncoding.MULTIPART, transfer);
    // the user module's passwords are not in the document's parameter lists: masked by name
    Wire.post(
        SANDBOX.get().uri(),
        "user/updatepassword/",
        BodyEncoding.URLENCODED,
        Wire.with(Wire.credentials(), "password", "N3w-Pass-Word"));

    Map<String, String> created = SANDBOX.get().calls().get(0).parameters();
    assertThat(created)
        .containsEntry("aeroPass", ApiCall.MASK)
        .containsEntry("aeroId", "ENS-4711")
        .containsEntry("apipasswd", ApiCall.MASK);
    assertThat(SANDBOX.get().calls().get(1).parameters()).containsEntry("authcode", ApiCall.MASK);
    assertThat(SANDBOX.get().calls().get(2).parameters()).containsEntry("password", ApiCall.MASK);
    assertThat(Wire.get(SANDBOX.get().uri(), "_sandbox/calls").text())
        .contains("ENS-4711")
        .doesNotContain("Aer0-Pass-9")
        .doesNotContain("Tr4nsfer-Code")
        .doesNotContain("N3w-Pass-Word");
  }

  @Test
  void json_input_must_be_a_flat_object() {
    Wire.Response array = post("_sandbox/faults", "application/json", "[1,2]");
    Wire.Response nested =
        post("_sandbox/faults", "application/json", "{\"action\":{\"x\":1},\"mode\":\"reset\"}");
    Wire.Response broken = post("_sandbox/faults", "application/json", "{\"action\":");

    assertThat(array.status()).isEqualTo(400);
    assertThat(array.json().path("error").asString())
        .isEqualTo("Request body must be a JSON object");
    assertThat(nested.status()).isEqualTo(400);
    assertThat(nested.json().path("field").asString()).isEqualTo("action");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.json().path("error").asString()).isEqualTo("Request body is not valid JSON");
  }

  @Test
  void multipart_input_works_for_the_control_api_too() {
    Wire.Response response =
        Wire.post(
            SANDBOX.get().uri(),
            "_sandbox/faults",
            BodyEncoding.MULTIPART,
            Map.of("action", "tool/hello", "mode", "http500"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(SANDBOX.get().faults()).containsExactly(Fault.http500("tool/hello"));
  }

  @Test
  void control_requests_are_not_recorded_as_api_calls() {
    Wire.get(SANDBOX.get().uri(), "_sandbox/faults");

    assertThat(SANDBOX.get().calls()).isEmpty();
  }
}
