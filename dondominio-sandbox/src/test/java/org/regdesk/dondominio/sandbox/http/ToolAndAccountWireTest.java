package org.regdesk.dondominio.sandbox.http;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code tool/*}, {@code account/*}, authentication and unknown actions over real HTTP. */
class ToolAndAccountWireTest {
  static Stream<Arguments> cases() {
    return WireCase.inBothEncodings(
        WireCase.of("tool/hello", "ok"),
        WireCase.of("tool/hello", "wrong user").with("apiuser", "nobody"),
        WireCase.of("tool/hello", "wrong password").with("apipasswd", "wrong"),
        WireCase.of("tool/hello", "no password").with("apipasswd", ""),
        WireCase.of("tool/idnconverter", "unicode").with("query", "münchen.de"),
        WireCase.of("tool/idnconverter", "punycode").with("query", "XN--MNCHEN-3YA.de"),
        WireCase.of("tool/idnconverter", "single label").with("query", "diseño"),
        WireCase.of("tool/idnconverter", "sharp s").with("query", "straße.de"),
        WireCase.of("tool/idnconverter", "final sigma as punycode")
            .with("query", "xn--nxasmm1c.com"),
        WireCase.of("tool/idnconverter", "missing query"),
        WireCase.of("tool/idnconverter", "not a name").with("query", "a b"),
        WireCase.of("account/info", "ok"),
        WireCase.of("account/info", "after a charge")
            .given(f -> f.create("tienda-ana.com"))
            .with("output-format", "json"),
        WireCase.of("account/zones", "first page").with("pageLength", "3"),
        WireCase.of("account/zones", "second page").with("pageLength", "3", "page", "2"),
        WireCase.of("account/zones", "beyond the end").with("pageLength", "100", "page", "9"),
        WireCase.of("account/zones", "page 0 reads as 1").with("pageLength", "1", "page", "0"),
        WireCase.of("account/zones", "one zone").with("tld", ".COM.ES"),
        WireCase.of("account/zones", "zone with fields").with("tld", "ru"),
        WireCase.of("account/zones", "by top zone").with("tldtop", "es"),
        WireCase.of("account/zones", "page length 0").with("pageLength", "0"),
        WireCase.of("account/zones", "page not a number").with("page", "two"),
        WireCase.of("account/zones", "page length clamped")
            .with("pageLength", "5000", "tld", "com"),
        WireCase.of("tool/nothing", "unknown action"),
        WireCase.of("contact/update", "no such action").with("contactID", "ABC-12345"),
        WireCase.of("domain/whois", "not offered").with("domain", "tienda-ana.com"));
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("cases")
  void answers_as_pinned(WireCase wireCase, BodyEncoding encoding) {
    wireCase.run(encoding);
  }
}
