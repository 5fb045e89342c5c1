package org.regdesk.dondominio.sandbox.http;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code domain/getinfo} with every {@code infoType}, and its getter aliases, over real HTTP. */
class InfoWireTest {
  private static final String DOMAIN = "tienda-ana.com";

  /** An active domain with glue records as its nameservers and one DNSSEC entry. */
  private static void furnished(WireFixture f) {
    f.active(DOMAIN);
    f.call(
        "domain/gluerecordcreate",
        "domain",
        DOMAIN,
        "name",
        "ns1.tienda-ana.com",
        "ipv4",
        "203.0.113.10",
        "ipv6",
        "2001:db8::10");
    f.call(
        "domain/gluerecordcreate",
        "domain",
        DOMAIN,
        "name",
        "ns2.tienda-ana.com",
        "ipv4",
        "203.0.113.11");
    f.call(
        "domain/updatenameservers",
        "domain",
        DOMAIN,
        "nameservers",
        "ns1.tienda-ana.com,ns2.tienda-ana.com");
    f.call(
        "domain/dnsseccreate",
        "domain",
        DOMAIN,
        "keytag",
        "2371",
        "algorithm",
        "13",
        "digesttype",
        "2",
        "digest",
        "C1C8B8E7E4D1E4C5D0D3B3A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1");
  }

  private static WireCase info(String name, String infoType) {
    WireCase c =
        WireCase.of("domain/getinfo", name).given(InfoWireTest::furnished).with("domain", DOMAIN);
    return infoType == null ? c : c.with("infoType", infoType);
  }

  static Stream<Arguments> cases() {
    return WireCase.inBothEncodings(
        info("status", "status"),
        info("no infoType reads as status", null),
        info("contact", "contact"),
        info("nameservers", "nameservers"),
        info("authcode", "authcode"),
        info("service", "service"),
        info("gluerecords", "gluerecords"),
        info("dnssec", "dnssec"),
        info("infoType in any case", "NameServers"),
        info("unknown infoType", "everything"),
        WireCase.of("domain/getinfo", "by domainID")
            .given(f -> f.active(DOMAIN))
            .with("domainID", "47110001", "infoType", "status"),
        WireCase.of("domain/getinfo", "a numeric domain is an ID")
            .given(f -> f.active(DOMAIN))
            .with("domain", "47110001"),
        WireCase.of("domain/getinfo", "domain wins over domainID")
            .given(f -> f.active(DOMAIN))
            .with("domain", DOMAIN, "domainID", "99"),
        WireCase.of("domain/getinfo", "idn in either spelling")
            .given(f -> f.active("diseño-gráfico.es"))
            .with("domain", "xn--diseo-grfico-jbb3t.es"),
        WireCase.of("domain/getinfo", "zone without lock omits transferBlock")
            .given(f -> f.active("tienda-ana.co.uk"))
            .with("domain", "tienda-ana.co.uk"),
        WireCase.of("domain/getinfo", "unknown domain").with("domain", DOMAIN),
        WireCase.of("domain/getinfo", "unknown domain ID").with("domainID", "1"),
        WireCase.of("domain/getinfo", "missing selector").with("infoType", "status"),
        WireCase.of("domain/getinfo", "invalid name").with("domain", "tienda ana.com"),
        WireCase.of("domain/getinfo", "unknown zone").with("domain", "tienda.nowhere"),
        WireCase.of("domain/getauthcode", "ok")
            .given(InfoWireTest::furnished)
            .with("domain", DOMAIN),
        WireCase.of("domain/getauthcode", "unknown domain").with("domain", DOMAIN),
        WireCase.of("domain/getnameservers", "ok")
            .given(InfoWireTest::furnished)
            .with("domain", DOMAIN),
        WireCase.of("domain/getnameservers", "unknown domain").with("domainID", "2"),
        WireCase.of("domain/getgluerecords", "ok")
            .given(InfoWireTest::furnished)
            .with("domain", DOMAIN),
        WireCase.of("domain/getgluerecords", "none")
            .given(f -> f.active(DOMAIN))
            .with("domain", DOMAIN),
        WireCase.of("domain/getgluerecords", "missing selector"),
        WireCase.of("domain/getdnssec", "ok").given(InfoWireTest::furnished).with("domain", DOMAIN),
        WireCase.of("domain/getdnssec", "unknown domain").with("domain", "otra.com"));
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("cases")
  void answers_as_pinned(WireCase wireCase, BodyEncoding encoding) {
    wireCase.run(encoding);
  }
}
