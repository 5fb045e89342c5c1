package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.regdesk.dondominio.sandbox.SandboxExtension;
import tools.jackson.databind.JsonNode;

/** The API's wire behaviour (§1–§2 of the API document) over real HTTP, in both encodings. */
class ApiWireTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxExtension.builder().build();

  private static URI base() {
    return SANDBOX.get().uri();
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void hello_answers_the_success_envelope(BodyEncoding encoding) {
    Wire.Response response = Wire.post(base(), "tool/hello/", encoding, Wire.credentials());

    Golden.assertMatches(response, "hello-success");
    assertThat(response.json().path("responseData").path("ip").asString())
        .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
  }

  @Test
  void envelope_keys_come_in_the_documented_order() {
    JsonNode envelope =
        Wire.post(base(), "tool/hello/", BodyEncoding.URLENCODED, Wire.credentials()).json();
    JsonNode failure =
        Wire.post(
                base(),
                "tool/hello/",
                BodyEncoding.URLENCODED,
                Wire.with(Wire.credentials(), "apipasswd", "wrong"))
            .json();

    assertThat(new ArrayList<>(envelope.propertyNames()))
        .containsExactly(
            "success", "errorCode", "errorCodeMsg", "action", "version", "responseData");
    assertThat(new ArrayList<>(failure.propertyNames()))
        .containsExactly("success", "errorCode", "errorCodeMsg", "action", "version", "messages");
    assertThat(envelope.get("success").isBoolean()).isTrue();
    assertThat(envelope.get("errorCode").isInt()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void wrong_user_is_1003(BodyEncoding encoding) {
    Wire.Response response =
        Wire.post(
            base(), "tool/hello/", encoding, Wire.with(Wire.credentials(), "apiuser", "nobody"));

    Golden.assertMatches(response, "wrong-user");
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void wrong_password_is_1004(BodyEncoding encoding) {
    Wire.Response response =
        Wire.post(
            base(), "tool/hello/", encoding, Wire.with(Wire.credentials(), "apipasswd", "wrong"));

    Golden.assertMatches(response, "wrong-password");
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void unknown_action_is_102(BodyEncoding encoding) {
    Golden.assertMatches(
        Wire.post(base(), "tool/nope/", encoding, Wire.credentials()), "unknown-action");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/tool/hello/",
        "/tool/hello",
        "/TOOL/Hello/",
        "/Tool/HELLO",
        "//tool/hello/",
        "//tool/hello",
        "/tool//hello/",
        "/tool/hello//"
      })
  void path_variants_reach_the_same_action(String path) {
    for (BodyEncoding encoding : BodyEncoding.values()) {
      Wire.Response response =
          Wire.send(
              HttpRequest.newBuilder(URI.create(base().toString().replaceAll("/$", "") + path))
                  .header("Content-Type", encoding.contentType())
                  .POST(HttpRequest.BodyPublishers.ofByteArray(encoding.encode(Wire.credentials())))
                  .build());

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.json().path("success").asBoolean()).as(path).isTrue();
      assertThat(response.json().path("action").asString()).isEqualTo("tool/hello");
    }
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void the_query_string_is_ignored(BodyEncoding encoding) {
    Wire.Response withWrongQuery =
        Wire.post(
            base(), "tool/hello/?apiuser=nobody&apipasswd=wrong", encoding, Wire.credentials());
    Wire.Response credentialsOnlyInQuery =
        Wire.post(base(), "tool/hello/?apiuser=sandbox&apipasswd=sandbox", encoding, Map.of());
    Wire.Response noParameters = Wire.post(base(), "tool/hello/", encoding, Map.of());

    assertThat(withWrongQuery.json().path("success").asBoolean()).isTrue();
    assertThat(credentialsOnlyInQuery.json()).isEqualTo(noParameters.json());
    assertThat(noParameters.json().path("success").asBoolean()).isFalse();
  }

  @Test
  void a_get_is_a_call_without_parameters() {
    Wire.Response get = Wire.get(base(), "tool/hello/?apiuser=sandbox&apipasswd=sandbox");
    Wire.Response emptyPost = Wire.post(base(), "tool/hello/", BodyEncoding.URLENCODED, Map.of());

    assertThat(get.status()).isEqualTo(200);
    assertThat(get.json()).isEqualTo(emptyPost.json());
    assertThat(get.json().path("success").asBoolean()).isFalse();
    assertThat(get.json().path("errorCode").asInt()).isNotZero();
    assertThat(get.json().path("messages").isArray()).isTrue();
  }

  @Test
  void other_methods_are_calls_without_parameters_too() {
    Wire.Response emptyPost = Wire.post(base(), "tool/hello/", BodyEncoding.URLENCODED, Map.of());
    for (String method : List.of("PUT", "DELETE", "PATCH")) {
      Wire.Response response =
          Wire.send(
              HttpRequest.newBuilder(base().resolve("tool/hello/"))
                  .header("Content-Type", BodyEncoding.URLENCODED.contentType())
                  .method(
                      method,
                      HttpRequest.BodyPublishers.ofByteArray(
                          BodyEncoding.URLENCODED.encode(Wire.credentials())))
                  .build());
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.json()).as(method).isEqualTo(emptyPost.json());
    }
  }

  @Test
  void a_head_gets_headers_without_a_body() {
    Wire.Response response =
        Wire.send(
            HttpRequest.newBuilder(base().resolve("tool/hello/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void unknown_parameters_are_ignored_and_values_arrive_decoded(BodyEncoding encoding) {
    var fields = Wire.credentials();
    fields.put("premium", "");
    fields.put("frTradeMark", "");
    fields.put("note", "a b+c&d=e %41 ñandú €\r\nline");
    fields.put("nameservers", "ns1.example.com,ns2.example.com,,,");

    Wire.Response response = Wire.post(base(), "tool/hello/", encoding, fields);

    assertThat(response.json().path("success").asBoolean()).isTrue();
    ApiCall call = SANDBOX.get().calls().get(SANDBOX.get().calls().size() - 1);
    assertThat(call.parameters())
        .containsEntry("note", "a b+c&d=e %41 ñandú €\r\nline")
        .containsEntry("premium", "")
        .containsEntry("nameservers", "ns1.example.com,ns2.example.com,,,")
        .containsEntry("apiuser", "sandbox")
        .containsEntry("apipasswd", ApiCall.MASK);
    assertThat(call.reachedEngine()).isTrue();
  }

  @Test
  void plus_is_a_space_and_a_later_duplicate_wins_in_urlencoded_bodies() {
    byte[] body =
        "apiuser=nobody&apiuser=sandbox&apipasswd=sandbox&note=a+b%2Bc&flag"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    Wire.Response response =
        Wire.post(base(), "tool/hello/", BodyEncoding.URLENCODED.contentType(), body);

    assertThat(response.json().path("success").asBoolean()).isTrue();
    ApiCall call = SANDBOX.get().calls().get(0);
    assertThat(call.parameters()).containsEntry("note", "a b+c").containsEntry("flag", "");
  }

  @Test
  void api_answers_are_json_with_http_200_even_for_failures() {
    Wire.Response response =
        Wire.post(base(), "nothing/here/", BodyEncoding.URLENCODED, Map.of("apiuser", "x"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8");
    assertThat(response.json().path("success").asBoolean()).isFalse();
  }
}
