package org.regdesk.dondominio.sandbox.http;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Glue records and DNSSEC entries over real HTTP. */
class GlueAndDnssecWireTest {
  private static final String DOMAIN = "tienda-ana.com";
  private static final String DIGEST =
      "c1c8b8e7e4d1e4c5d0d3b3a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1";

  private static WireCase glue(String action, String name) {
    return WireCase.of(action, name).given(f -> f.active(DOMAIN)).with("domain", DOMAIN);
  }

  private static void withGlue(WireFixture f) {
    f.call(
        "domain/gluerecordcreate",
        "domain",
        DOMAIN,
        "name",
        "ns1.tienda-ana.com",
        "ipv4",
        "198.51.100.7");
  }

  private static void withDs(WireFixture f) {
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
        DIGEST);
  }

  static Stream<Arguments> cases() {
    return WireCase.inBothEncodings(
        glue("domain/gluerecordcreate", "ipv4 and ipv6")
            .with("name", "NS1.tienda-ana.com", "ipv4", "198.51.100.7", "ipv6", "2001:DB8::7")
            .then("domain/getgluerecords", "domain", DOMAIN),
        glue("domain/gluerecordcreate", "ipv4 only")
            .with("name", "ns1.tienda-ana.com", "ipv4", "198.51.100.7", "ipv6", ""),
        glue("domain/gluerecordcreate", "private ipv4")
            .with("name", "ns1.tienda-ana.com", "ipv4", "192.168.1.10"),
        glue("domain/gluerecordcreate", "loopback ipv4")
            .with("name", "ns1.tienda-ana.com", "ipv4", "127.0.0.1"),
        glue("domain/gluerecordcreate", "not an ipv4")
            .with("name", "ns1.tienda-ana.com", "ipv4", "198.51.100.256"),
        glue("domain/gluerecordcreate", "private ipv6")
            .with("name", "ns1.tienda-ana.com", "ipv4", "198.51.100.7", "ipv6", "fd00::1"),
        glue("domain/gluerecordcreate", "not an ipv6")
            .with("name", "ns1.tienda-ana.com", "ipv4", "198.51.100.7", "ipv6", "2001:db8::g"),
        glue("domain/gluerecordcreate", "host not under the domain")
            .with("name", "ns1.otra.com", "ipv4", "198.51.100.7"),
        glue("domain/gluerecordcreate", "the domain itself")
            .with("name", DOMAIN, "ipv4", "198.51.100.7"),
        glue("domain/gluerecordcreate", "missing ipv4").with("name", "ns1.tienda-ana.com"),
        glue("domain/gluerecordcreate", "missing name").with("ipv4", "198.51.100.7"),
        glue("domain/gluerecordcreate", "exists already")
            .given(GlueAndDnssecWireTest::withGlue)
            .with("name", "ns1.tienda-ana.com", "ipv4", "198.51.100.8"),
        WireCase.of("domain/gluerecordcreate", "unknown domain")
            .with("domain", DOMAIN, "name", "ns1.tienda-ana.com", "ipv4", "198.51.100.7"),
        glue("domain/gluerecordupdate", "ok")
            .given(GlueAndDnssecWireTest::withGlue)
            .with("name", "ns1.tienda-ana.com", "ipv4", "198.51.100.9", "ipv6", "2001:db8::9"),
        glue("domain/gluerecordupdate", "missing record")
            .with("name", "ns2.tienda-ana.com", "ipv4", "198.51.100.9"),
        glue("domain/gluerecordupdate", "private ipv4")
            .given(GlueAndDnssecWireTest::withGlue)
            .with("name", "ns1.tienda-ana.com", "ipv4", "10.0.0.1"),
        glue("domain/gluerecorddelete", "ok")
            .given(GlueAndDnssecWireTest::withGlue)
            .with("name", "ns1.tienda-ana.com")
            .then("domain/getinfo", "domain", DOMAIN, "infoType", "gluerecords"),
        glue("domain/gluerecorddelete", "missing record").with("name", "ns1.tienda-ana.com"),
        glue("domain/gluerecorddelete", "missing name"),
        glue("domain/dnsseccreate", "ok")
            .with(
                "keytag",
                "2371",
                "algorithm",
                "13",
                "digesttype",
                "2",
                "digest",
                DIGEST.toUpperCase(java.util.Locale.ROOT))
            .then("domain/getdnssec", "domain", DOMAIN),
        glue("domain/dnsseccreate", "duplicate")
            .given(GlueAndDnssecWireTest::withDs)
            .with("keytag", "2371", "algorithm", "13", "digesttype", "2", "digest", DIGEST),
        glue("domain/dnsseccreate", "digest of the wrong length")
            .with("keytag", "2371", "algorithm", "13", "digesttype", "1", "digest", DIGEST),
        glue("domain/dnsseccreate", "digest not hex")
            .with(
                "keytag",
                "2371",
                "algorithm",
                "13",
                "digesttype",
                "2",
                "digest",
                DIGEST.replace('c', 'x')),
        glue("domain/dnsseccreate", "unknown algorithm")
            .with("keytag", "2371", "algorithm", "4", "digesttype", "2", "digest", DIGEST),
        glue("domain/dnsseccreate", "keytag out of range")
            .with("keytag", "65536", "algorithm", "13", "digesttype", "2", "digest", DIGEST),
        glue("domain/dnsseccreate", "missing keytag")
            .with("algorithm", "13", "digesttype", "2", "digest", DIGEST),
        glue("domain/dnssecdelete", "ok")
            .given(GlueAndDnssecWireTest::withDs)
            .with(
                "name",
                "ns1.tienda-ana.com",
                "keytag",
                "2371",
                "algorithm",
                "13",
                "digesttype",
                "2",
                "digest",
                DIGEST)
            .then("domain/getinfo", "domain", DOMAIN, "infoType", "dnssec"),
        glue("domain/dnssecdelete", "missing entry")
            .with("keytag", "2371", "algorithm", "13", "digesttype", "2", "digest", DIGEST),
        WireCase.of("domain/dnssecdelete", "unknown domain")
            .with(
                "domain",
                DOMAIN,
                "keytag",
                "2371",
                "algorithm",
                "13",
                "digesttype",
                "2",
                "digest",
                DIGEST));
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("cases")
  void answers_as_pinned(WireCase wireCase, BodyEncoding encoding) {
    wireCase.run(encoding);
  }
}
