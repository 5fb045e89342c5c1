package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.maps;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.regdesk.dondominio.sandbox.PropertyGenerators.SEED;
import static org.regdesk.dondominio.sandbox.PropertyGenerators.stringsOf;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Whatever a client encodes, the sandbox decodes to the same fields. */
class FormDecodingTest {
  private static final String ALPHANUMERIC =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  private static Gen<Map<String, String>> fields() {
    Gen<String> names = stringsOf(ALPHANUMERIC + "-_.é", 1, 20);
    Gen<String> values =
        Generate.oneOf(
                strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40),
                stringsOf("&=+%; \r\n\"-", 0, 20),
                strings().allPossible().ofLengthBetween(0, 10))
            // a lone surrogate is not text any client can encode; pairs stay
            .map(FormDecodingTest::withoutLoneSurrogates);
    return maps().of(names, values).ofSizeBetween(0, 12);
  }

  private static String withoutLoneSurrogates(String s) {
    StringBuilder kept = new StringBuilder();
    s.codePoints()
        .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  @Test
  void urlencoded_round_trips() {
    BodyEncoding encoding = BodyEncoding.URLENCODED;
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(fields())
        .checkAssert(
            fields ->
                assertThat(RequestForm.decode(encoding.contentType(), encoding.encode(fields)))
                    .isEqualTo(fields));
  }

  @Test
  void multipart_round_trips() {
    BodyEncoding encoding = BodyEncoding.MULTIPART;
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(fields())
        .checkAssert(
            fields ->
                assertThat(RequestForm.decode(encoding.contentType(), encoding.encode(fields)))
                    .isEqualTo(fields));
  }

  @Test
  void a_pair_without_equals_is_an_empty_value_and_empty_names_are_skipped() {
    byte[] body = "a&=x&&b=1&c=".getBytes(StandardCharsets.US_ASCII);

    assertThat(UrlEncodedForm.decode(body, 10))
        .containsExactly(Map.entry("a", ""), Map.entry("b", "1"), Map.entry("c", ""));
  }

  @Test
  void error_messages_name_the_parameter_but_never_quote_its_value() {
    byte[] body = "apipasswd=Secret%zz".getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> UrlEncodedForm.decode(body, 10))
        .hasMessage("Invalid percent-escape in parameter apipasswd")
        .hasMessageNotContaining("Secret");
  }
}
