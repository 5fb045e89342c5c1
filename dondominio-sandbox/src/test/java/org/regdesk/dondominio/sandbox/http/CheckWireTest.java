package org.regdesk.dondominio.sandbox.http;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code domain/check} and {@code domain/checkfortransfer} over real HTTP. */
class CheckWireTest {
  static Stream<Arguments> cases() {
    return WireCase.inBothEncodings(
        WireCase.of("domain/check", "free").with("domain", "tienda-ana.com"),
        WireCase.of("domain/check", "upper case and trailing dot")
            .with("domain", "Tienda-Ana.COM."),
        WireCase.of("domain/check", "multi-label zone").with("domain", "tienda-ana.com.es"),
        WireCase.of("domain/check", "idn").with("domain", "diseño-gráfico.es"),
        WireCase.of("domain/check", "idn as punycode").with("domain", "XN--DISEO-GRFICO-JBB3T.ES"),
        WireCase.of("domain/check", "sharp s, not mapped to ss").with("domain", "straße.de"),
        WireCase.of("domain/check", "sharp s as punycode").with("domain", "xn--strae-oqa.de"),
        WireCase.of("domain/check", "invalid xn-- label").with("domain", "xn--n3h.com"),
        WireCase.of("domain/check", "premium").with("domain", "casino.com"),
        WireCase.of("domain/check", "taken elsewhere").with("domain", "google.es"),
        WireCase.of("domain/check", "held elsewhere")
            .given(f -> f.foreign("vecino.net", "Xy7#code"))
            .with("domain", "vecino.net"),
        WireCase.of("domain/check", "in the account")
            .given(f -> f.active("tienda-ana.com"))
            .with("domain", "tienda-ana.com"),
        WireCase.of("domain/check", "missing domain"),
        WireCase.of("domain/check", "empty domain").with("domain", " "),
        WireCase.of("domain/check", "invalid name").with("domain", "-tienda-.com"),
        WireCase.of("domain/check", "two labels under the zone").with("domain", "a.tienda.com"),
        WireCase.of("domain/check", "bare zone").with("domain", "co.uk"),
        WireCase.of("domain/check", "unknown zone").with("domain", "tienda.nowhere"),
        WireCase.of("domain/check", "idn in a zone without idn").with("domain", "diseño.pro"),
        WireCase.of("domain/checkfortransfer", "transferable")
            .given(f -> f.foreign("vecino.net", "Xy7#code"))
            .with("domain", "vecino.net"),
        WireCase.of("domain/checkfortransfer", "locked at the other registrar")
            .given(f -> f.foreign("vecino.net", "Xy7#code", "locked", "1"))
            .with("domain", "vecino.net"),
        WireCase.of("domain/checkfortransfer", "already in the account")
            .given(f -> f.active("tienda-ana.com"))
            .with("domain", "tienda-ana.com"),
        WireCase.of("domain/checkfortransfer", "not registered")
            .with("domain", "nadie-la-tiene.com"),
        WireCase.of("domain/checkfortransfer", "taken elsewhere").with("domain", "google.com"),
        WireCase.of("domain/checkfortransfer", "missing domain"),
        WireCase.of("domain/checkfortransfer", "invalid name").with("domain", "tienda..com"),
        WireCase.of("domain/checkfortransfer", "unknown zone").with("domain", "tienda.nowhere"));
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("cases")
  void answers_as_pinned(WireCase wireCase, BodyEncoding encoding) {
    wireCase.run(encoding);
  }
}
