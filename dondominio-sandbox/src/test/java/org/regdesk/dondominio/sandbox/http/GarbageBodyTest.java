package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.regdesk.dondominio.sandbox.PropertyGenerators.SEED;
import static org.regdesk.dondominio.sandbox.PropertyGenerators.oneOf;
import static org.regdesk.dondominio.sandbox.PropertyGenerators.stringsOf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.regdesk.dondominio.sandbox.engine.ErrorCodes;
import tools.jackson.databind.JsonNode;

/**
 * Whatever bytes arrive, the API answers HTTP 200 with a JSON envelope carrying a known code, and
 * the engine's state does not change.
 */
class GarbageBodyTest {
  private static WireFixture fixture;

  @BeforeAll
  static void start() {
    fixture = new WireFixture();
    fixture.active("tienda-ana.com");
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  private static Gen<byte[]> bodies() {
    Gen<byte[]> random =
        Generate.byteArrays(
            integers().between(0, 600), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
    Gen<byte[]> formish =
        stringsOf("=&%+-\r\n\"; abcAZ09é", 0, 200).map(s -> s.getBytes(StandardCharsets.UTF_8));
    Gen<byte[]> multipartish =
        lists()
            .of(
                oneOf(
                    "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n",
                    "--b--\r\n",
                    "--b\r\n",
                    "\r\n\r\n",
                    "Content-Disposition: form-data; name=\"apiuser\"\r\n",
                    "sandbox",
                    "\r\n--b",
                    "filename=\"x\""))
            .ofSizeBetween(0, 8)
            .map(parts -> String.join("", parts).getBytes(StandardCharsets.UTF_8));
    return Generate.oneOf(random, formish, multipartish);
  }

  @Test
  void any_body_gets_an_envelope_and_changes_nothing() {
    JsonNode before = EngineSnapshot.of(fixture.sandbox);
    Gen<String> contentTypes =
        oneOf(
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=b",
            "multipart/form-data; boundary=\"b\"",
            "multipart/form-data",
            "text/plain",
            "application/octet-stream",
            ";;;",
            "multipart/form-data; boundary=\"unterminated");
    qt().withFixedSeed(SEED)
        .withExamples(150)
        .forAll(bodies(), contentTypes)
        .checkAssert(
            (body, contentType) -> {
              Wire.Response response =
                  Wire.post(fixture.sandbox.uri(), "domain/create/", contentType, body);

              assertThat(response.status()).isEqualTo(200);
              JsonNode envelope = response.json();
              assertThat(envelope.path("success").asBoolean()).isFalse();
              assertThat(ErrorCodes.isKnown(envelope.path("errorCode").asInt())).isTrue();
              assertThat(envelope.path("errorCode").asInt()).isNotEqualTo(1);
              assertThat(envelope.path("action").asString()).isEqualTo("domain/create");
              assertThat(envelope.path("messages").isArray()).isTrue();
            });
    assertThat(EngineSnapshot.of(fixture.sandbox)).isEqualTo(before);
  }
}
