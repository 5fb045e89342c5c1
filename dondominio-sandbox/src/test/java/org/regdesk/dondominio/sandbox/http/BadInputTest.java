package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Bad input aimed at actions that change things, on an account that has something to lose: each
 * gets HTTP 200 with the documented envelope and code, a message without a stack trace, and leaves
 * the engine's state exactly as it was. (Bad parameter values of every action are covered, with the
 * same unchanged-state check, by the {@code *WireTest} cases.)
 */
class BadInputTest {
  private WireFixture fixture;
  private JsonNode before;

  @BeforeEach
  void start() {
    fixture = new WireFixture();
    fixture.active("tienda-ana.com");
    before = EngineSnapshot.of(fixture.sandbox);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private static Map<String, String> createFields() {
    Map<String, String> fields = Wire.credentials();
    fields.putAll(WireFixture.OWNER);
    fields.put("domain", "nueva-tienda.com");
    return fields;
  }

  private void assertRefused(Wire.Response response, String action, int code) {
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8");
    JsonNode envelope = response.json();
    assertThat(envelope.path("success").asBoolean()).isFalse();
    assertThat(envelope.path("errorCode").asInt()).isEqualTo(code);
    assertThat(envelope.path("action").asString()).isEqualTo(action);
    assertThat(envelope.path("messages").isArray()).isTrue();
    assertThat(envelope.has("responseData")).isFalse();
    assertThat(response.text()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(EngineSnapshot.of(fixture.sandbox)).as("state unchanged").isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH"})
  void a_request_that_is_not_a_post_carries_no_parameters(String method) {
    BodyEncoding form = BodyEncoding.URLENCODED;
    String query = new String(form.encode(createFields()), StandardCharsets.US_ASCII);

    Wire.Response response =
        Wire.send(
            java.net.http.HttpRequest.newBuilder(
                    fixture.sandbox.uri().resolve("domain/create/?" + query))
                .header("Content-Type", form.contentType())
                .method(
                    method,
                    java.net.http.HttpRequest.BodyPublishers.ofByteArray(
                        form.encode(createFields())))
                .build());

    assertRefused(response, "domain/create", 200);
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void a_body_over_one_mebibyte_is_refused_whole(BodyEncoding encoding) {
    Map<String, String> fields = createFields();
    fields.put("ownerContactAddress", "x".repeat(RequestForm.MAX_BODY_BYTES));

    Wire.Response response = Wire.post(fixture.sandbox.uri(), "domain/create/", encoding, fields);

    assertRefused(response, "domain/create", 100);
    assertThat(response.json().path("messages").get(0).asString())
        .isEqualTo("Request body is larger than 1048576 bytes (1 MiB)");
  }

  @Test
  void garbage_bytes_are_a_syntax_error() {
    byte[] body = new byte[512];
    new java.util.Random(7).nextBytes(body);

    assertRefused(
        Wire.post(
            fixture.sandbox.uri(), "domain/renew/", BodyEncoding.URLENCODED.contentType(), body),
        "domain/renew",
        100);
    assertRefused(
        Wire.post(
            fixture.sandbox.uri(), "domain/renew/", BodyEncoding.MULTIPART.contentType(), body),
        "domain/renew",
        100);
  }

  @Test
  void invalid_utf8_in_a_value_is_a_syntax_error_naming_the_parameter() {
    byte[] head =
        BodyEncoding.URLENCODED.encode(
            Map.of(
                "apiuser",
                "sandbox",
                "apipasswd",
                "sandbox",
                "domain",
                "tienda-ana.com",
                "updateType",
                "tag"));
    byte[] tail = "&tag=%C3%28".getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[head.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(tail, 0, body, head.length, tail.length);

    Wire.Response response =
        Wire.post(
            fixture.sandbox.uri(), "domain/update/", BodyEncoding.URLENCODED.contentType(), body);

    assertRefused(response, "domain/update", 100);
    assertThat(response.json().path("messages").get(0).asString())
        .isEqualTo("Invalid UTF-8 in parameter tag");
  }

  @Test
  void a_json_body_is_not_a_form() {
    Wire.Response response =
        Wire.post(
            fixture.sandbox.uri(),
            "domain/create/",
            "application/json",
            Wire.JSON.writeValueAsBytes(createFields()));

    assertRefused(response, "domain/create", 100);
  }

  @Test
  void a_broken_multipart_body_is_a_syntax_error() {
    byte[] whole = BodyEncoding.MULTIPART.encode(createFields());
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 10);

    assertRefused(
        Wire.post(
            fixture.sandbox.uri(), "domain/create/", BodyEncoding.MULTIPART.contentType(), cut),
        "domain/create",
        100);
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void wrong_credentials_change_nothing(BodyEncoding encoding) {
    Map<String, String> wrongUser = createFields();
    wrongUser.put("apiuser", "someone");
    Map<String, String> wrongPassword = createFields();
    wrongPassword.put("apipasswd", "guess");
    Map<String, String> none = new LinkedHashMap<>(createFields());
    none.remove("apiuser");

    assertRefused(
        Wire.post(fixture.sandbox.uri(), "domain/create/", encoding, wrongUser),
        "domain/create",
        1003);
    assertRefused(
        Wire.post(fixture.sandbox.uri(), "domain/create/", encoding, wrongPassword),
        "domain/create",
        1004);
    assertRefused(
        Wire.post(fixture.sandbox.uri(), "domain/create/", encoding, none), "domain/create", 200);
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void bad_values_are_refused_with_their_code(BodyEncoding encoding) {
    Map<String, Map.Entry<String, Integer>> cases = new LinkedHashMap<>();
    cases.put("domain", Map.entry("", 101));
    cases.put("period", Map.entry("1.5", 105));
    cases.put("nameservers", Map.entry("ns1.h.net", 105));
    cases.put("ownerContactPhone", Map.entry("+34 600", 3002));
    for (Map.Entry<String, Map.Entry<String, Integer>> c : cases.entrySet()) {
      Map<String, String> fields = createFields();
      fields.put(c.getKey(), c.getValue().getKey());
      assertRefused(
          Wire.post(fixture.sandbox.uri(), "domain/create/", encoding, fields),
          "domain/create",
          c.getValue().getValue());
    }
    Map<String, String> eight = createFields();
    eight.put("nameservers", "a.h.net,b.h.net,c.h.net,d.h.net,e.h.net,f.h.net,g.h.net,h.h.net");
    assertRefused(
        Wire.post(fixture.sandbox.uri(), "domain/create/", encoding, eight), "domain/create", 105);
    Map<String, String> unknownZone = createFields();
    unknownZone.put("domain", "nueva-tienda.nowhere");
    assertRefused(
        Wire.post(fixture.sandbox.uri(), "domain/create/", encoding, unknownZone),
        "domain/create",
        2002);
    Map<String, String> glue = Wire.credentials();
    glue.putAll(
        Map.of("domain", "tienda-ana.com", "name", "ns1.tienda-ana.com", "ipv4", "10.1.2.3"));
    assertRefused(
        Wire.post(fixture.sandbox.uri(), "domain/gluerecordcreate/", encoding, glue),
        "domain/gluerecordcreate",
        105);
  }
}
