package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.regdesk.dondominio.sandbox.SandboxExtension;

/**
 * Requests the transport cannot decode get error 100 in a normal envelope with HTTP 200, a message
 * naming the problem, and never reach the engine.
 */
class BadRequestTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxExtension.builder().build();

  private static Wire.Response post(String contentType, String body) {
    return post(contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  private static Wire.Response post(String contentType, byte[] body) {
    return Wire.post(SANDBOX.get().uri(), "tool/hello/", contentType, body);
  }

  private static void assertNothingRan() {
    assertThat(SANDBOX.get().calls())
        .allSatisfy(call -> assertThat(call.reachedEngine()).isFalse());
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void a_body_over_one_mebibyte_is_refused(BodyEncoding encoding) {
    Map<String, String> fields = Wire.credentials();
    fields.put("filler", "x".repeat(RequestForm.MAX_BODY_BYTES));

    Golden.assertMatches(
        Wire.post(SANDBOX.get().uri(), "tool/hello/", encoding, fields), "body-too-large");
    assertNothingRan();
  }

  @Test
  void a_body_of_exactly_one_mebibyte_is_accepted() {
    byte[] head = BodyEncoding.URLENCODED.encode(Wire.credentials());
    byte[] body = new byte[RequestForm.MAX_BODY_BYTES];
    System.arraycopy(head, 0, body, 0, head.length);
    byte[] filler = "&filler=".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(filler, 0, body, head.length, filler.length);
    java.util.Arrays.fill(body, head.length + filler.length, body.length, (byte) 'x');

    Wire.Response response = post(BodyEncoding.URLENCODED.contentType(), body);

    assertThat(response.json().path("success").asBoolean()).isTrue();
  }

  @Test
  void the_connection_stays_usable_after_an_oversized_body() throws Exception {
    byte[] big = new byte[RequestForm.MAX_BODY_BYTES + 10];
    java.util.Arrays.fill(big, (byte) 'a');
    String first =
        "POST /tool/hello/ HTTP/1.1\r\nHost: x\r\nContent-Type: "
            + BodyEncoding.URLENCODED.contentType()
            + "\r\nContent-Length: "
            + big.length
            + "\r\n\r\n";
    byte[] second =
        Wire.rawRequest(
            "POST",
            "/tool/hello/",
            BodyEncoding.URLENCODED.contentType(),
            BodyEncoding.URLENCODED.encode(Wire.credentials()));
    java.io.ByteArrayOutputStream both = new java.io.ByteArrayOutputStream();
    both.writeBytes(first.getBytes(StandardCharsets.US_ASCII));
    both.writeBytes(big);
    both.writeBytes(second);

    String answers =
        new String(Wire.raw(SANDBOX.get().port(), both.toByteArray()), StandardCharsets.UTF_8);

    assertThat(answers).contains("\"errorCode\":100").contains("\"success\":true");
  }

  @Test
  void garbage_bytes_are_refused_as_invalid_utf8() {
    byte[] body = "apiuser=sandbox&apipasswd=".getBytes(StandardCharsets.US_ASCII);
    byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3, 0x28, (byte) 0x80};
    byte[] all = new byte[body.length + garbage.length];
    System.arraycopy(body, 0, all, 0, body.length);
    System.arraycopy(garbage, 0, all, body.length, garbage.length);

    Golden.assertMatches(post(BodyEncoding.URLENCODED.contentType(), all), "invalid-utf8");
    assertNothingRan();
  }

  @ParameterizedTest
  @ValueSource(strings = {"apiuser=%zz", "apiuser=%4", "apiuser=abc%", "apiuser=%G1&x=1"})
  void invalid_percent_escapes_are_refused_naming_the_parameter(String body) {
    Golden.assertMatches(
        post(BodyEncoding.URLENCODED.contentType(), body), "invalid-percent-escape");
    assertNothingRan();
  }

  @Test
  void a_multipart_body_without_its_closing_boundary_is_refused() {
    String body =
        "--b1\r\nContent-Disposition: form-data; name=\"apiuser\"\r\n\r\nsandbox\r\n"
            + "--b1\r\nContent-Disposition: form-data; name=\"apipasswd\"\r\n\r\nsandbox";

    Golden.assertMatches(post("multipart/form-data; boundary=b1", body), "broken-multipart");
    assertNothingRan();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "no boundary parameter|multipart/form-data|--b1\r\n\r\nx\r\n--b1--\r\n",
        "does not contain its boundary|multipart/form-data; boundary=b1|apiuser=sandbox",
        "has no Content-Disposition name|multipart/form-data; boundary=b1|--b1\r\nContent-Type: text/plain\r\n\r\nx\r\n--b1--\r\n",
        "unterminated headers|multipart/form-data; boundary=b1|--b1\r\nContent-Disposition: form-data; name=\"a\"",
        "malformed header line|multipart/form-data; boundary=b1|--b1\r\nnot a header\r\n\r\nx\r\n--b1--\r\n",
        "not followed by CRLF|multipart/form-data; boundary=b1|--b1xx\r\n",
        "not Content-Disposition: form-data|multipart/form-data; boundary=b1|--b1\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--b1--\r\n",
        "unterminated quote|multipart/form-data; boundary=\"b1|x",
        "Unsupported Content-Type text/plain|text/plain|apiuser=sandbox",
        "Unsupported charset iso-8859-1|application/x-www-form-urlencoded; charset=ISO-8859-1|a=b",
        "Malformed Content-Type|garbage|a=b",
      })
  void broken_bodies_and_content_types_are_syntax_errors(String testCase) {
    String[] parts = testCase.split("\\|", 3);

    Wire.Response response = post(parts[1], parts[2]);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("errorCode").asInt()).isEqualTo(100);
    assertThat(response.json().path("messages").get(0).asString()).contains(parts[0]);
    assertNothingRan();
  }

  @Test
  void json_bodies_are_not_accepted_by_the_api() {
    Golden.assertMatches(
        post("application/json", "{\"apiuser\":\"sandbox\",\"apipasswd\":\"sandbox\"}"),
        "unsupported-content-type");
  }

  @Test
  void a_body_without_a_content_type_is_refused() {
    Golden.assertMatches(post(null, "apiuser=sandbox&apipasswd=sandbox"), "missing-content-type");
  }

  @Test
  void an_empty_post_without_a_content_type_is_a_call_without_parameters() {
    Wire.Response response = post(null, new byte[0]);

    assertThat(response.json().path("errorCode").asInt()).isNotEqualTo(100);
    assertThat(response.json().path("success").asBoolean()).isFalse();
    assertThat(SANDBOX.get().calls())
        .singleElement()
        .satisfies(c -> assertThat(c.reachedEngine()).isTrue());
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void more_than_a_thousand_parameters_are_refused(BodyEncoding encoding) {
    Map<String, String> fields = new LinkedHashMap<>(Wire.credentials());
    for (int i = 0; fields.size() <= RequestForm.MAX_PARAMETERS; i++) {
      fields.put("p" + i, "v");
    }

    Wire.Response response = Wire.post(SANDBOX.get().uri(), "tool/hello/", encoding, fields);

    assertThat(response.json().path("errorCode").asInt()).isEqualTo(100);
    assertThat(response.json().path("messages").get(0).asString())
        .isEqualTo("More than 1000 parameters");
  }

  @Test
  void a_thousand_parameters_are_fine() {
    Map<String, String> fields = new LinkedHashMap<>(Wire.credentials());
    for (int i = 0; fields.size() < RequestForm.MAX_PARAMETERS; i++) {
      fields.put("p" + i, "v");
    }

    Wire.Response response =
        Wire.post(SANDBOX.get().uri(), "tool/hello/", BodyEncoding.MULTIPART, fields);

    assertThat(response.json().path("success").asBoolean()).isTrue();
  }
}
