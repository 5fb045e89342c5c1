package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a client encodes, the sandbox decodes to the same fields. */
class FormDecodingTest {

  @Property(tries = 300)
  void urlencoded_round_trips(@ForAll("fields") Map<String, String> fields) {
    BodyEncoding encoding = BodyEncoding.URLENCODED;

    assertThat(RequestForm.decode(encoding.contentType(), encoding.encode(fields)))
        .isEqualTo(fields);
  }

  @Property(tries = 300)
  void multipart_round_trips(@ForAll("fields") Map<String, String> fields) {
    BodyEncoding encoding = BodyEncoding.MULTIPART;

    assertThat(RequestForm.decode(encoding.contentType(), encoding.encode(fields)))
        .isEqualTo(fields);
  }

  @Example
  void a_pair_without_equals_is_an_empty_value_and_empty_names_are_skipped() {
    byte[] body = "a&=x&&b=1&c=".getBytes(StandardCharsets.US_ASCII);

    assertThat(UrlEncodedForm.decode(body, 10))
        .containsExactly(Map.entry("a", ""), Map.entry("b", "1"), Map.entry("c", ""));
  }

  @Example
  void error_messages_name_the_parameter_but_never_quote_its_value() {
    byte[] body = "apipasswd=Secret%zz".getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> UrlEncodedForm.decode(body, 10))
        .hasMessage("Invalid percent-escape in parameter apipasswd")
        .hasMessageNotContaining("Secret");
  }

  @Provide
  Arbitrary<Map<String, String>> fields() {
    Arbitrary<String> names =
        Arbitraries.strings().alpha().numeric().withChars("-_.é").ofMinLength(1).ofMaxLength(20);
    Arbitrary<String> values =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(40),
            Arbitraries.strings().withChars("&=+%; \r\n\"-").ofMaxLength(20),
            Arbitraries.strings().all().ofMaxLength(10).map(s -> s.replaceAll("\\p{Cs}", "")));
    return Arbitraries.maps(names, values).ofMaxSize(12);
  }
}
