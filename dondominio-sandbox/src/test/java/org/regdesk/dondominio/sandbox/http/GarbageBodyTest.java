package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.engine.ErrorCodes;

/** Whatever bytes arrive, the API answers HTTP 200 with a JSON envelope carrying a known code. */
class GarbageBodyTest {
  private static Sandbox sandbox;

  @BeforeContainer
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
  }

  @AfterContainer
  static void stop() {
    sandbox.close();
  }

  @Property(tries = 150)
  void any_body_gets_an_envelope(
      @ForAll("bodies") byte[] body, @ForAll("contentTypes") String contentType) {
    Wire.Response response = Wire.post(sandbox.uri(), "domain/create/", contentType, body);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("success").asBoolean()).isFalse();
    assertThat(ErrorCodes.isKnown(response.json().path("errorCode").asInt())).isTrue();
    assertThat(response.json().path("action").asString()).isEqualTo("domain/create");
    assertThat(response.json().path("messages").isArray()).isTrue();
  }

  @Provide
  Arbitrary<byte[]> bodies() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
    Arbitrary<byte[]> formish =
        Arbitraries.strings()
            .withChars("=&%+-\r\n\"; abcAZ09é")
            .ofMaxLength(200)
            .map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Arbitrary<byte[]> multipartish =
        Arbitraries.of(
                "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n",
                "--b--\r\n",
                "--b\r\n",
                "\r\n\r\n",
                "Content-Disposition: form-data; name=\"apiuser\"\r\n",
                "sandbox",
                "\r\n--b",
                "filename=\"x\"")
            .list()
            .ofMaxSize(8)
            .map(parts -> String.join("", parts).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return Arbitraries.oneOf(random, formish, multipartish);
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.of(
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=b",
        "multipart/form-data; boundary=\"b\"",
        "multipart/form-data",
        "text/plain",
        "application/octet-stream",
        ";;;",
        "multipart/form-data; boundary=\"unterminated");
  }
}
