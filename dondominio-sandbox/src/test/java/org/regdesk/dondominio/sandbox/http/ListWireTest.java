package org.regdesk.dondominio.sandbox.http;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code domain/list} (every filter, {@code infoType}, paging), {@code domain/listdeleted} and
 * {@code domain/gethistory} over real HTTP.
 */
class ListWireTest {
  /**
   * Four domains: 47110001 tienda-ana.com (active, owner Ana, tag client-a,vip), 47110002
   * tienda-ana.es (active, owner Luis by ID, manual renewal), 47110003 diseño-gráfico.es
   * (register-init, owner Marta, whose verification is in process), 47110004 vecino.net
   * (transfer-init). Ana's and Luis's contacts are verified by then.
   */
  private static void account(WireFixture f) {
    f.contact("luis", "Luis", "luis@ruiz.es");
    f.active("tienda-ana.com");
    f.call("domain/update", "domain", "tienda-ana.com", "updateType", "tag", "tag", "client-a,vip");
    f.active("tienda-ana.es", "ownerContactID", "${luis}");
    f.call(
        "domain/update",
        "domain",
        "tienda-ana.es",
        "updateType",
        "renewalMode",
        "renewalMode",
        "manual");
    f.advanceDays(2);
    f.create(
        "diseño-gráfico.es",
        "ownerContactFirstName",
        "Marta",
        "ownerContactEmail",
        "marta@graficos.es");
    f.foreign("vecino.net", "Xy7#code");
    f.transferringWithCode("vecino.net", "Xy7#code");
  }

  private static WireCase list(String name, String... fields) {
    return WireCase.of("domain/list", name).given(ListWireTest::account).with(fields);
  }

  static Stream<Arguments> cases() {
    return WireCase.inBothEncodings(
        list("everything"),
        list("empty filters are absent", "word", "", "tld", "", "status", " "),
        list("page 2 of 2", "pageLength", "2", "page", "2"),
        list("beyond the last page", "pageLength", "3", "page", "3"),
        list("page 0 reads as 1", "pageLength", "1", "page", "0"),
        list("page length clamped to 1000", "pageLength", "100000"),
        list("page length 0", "pageLength", "0"),
        list("page not a number", "page", "uno"),
        list("domain exact", "domain", "TIENDA-ANA.COM"),
        list("domain in punycode", "domain", "xn--diseo-grfico-jbb3t.es"),
        list("word", "word", "ANA"),
        list("word in unicode", "word", "gráf"),
        list("tld", "tld", "es"),
        list("renewable", "renewable", "1"),
        list("not renewable", "renewable", "0"),
        list("owner by contact ID", "owner", "${luis}"),
        list("owner by e-mail", "owner", "ANA@tienda-ana.es"),
        list("tag item", "tag", "vip"),
        list("status", "status", "transfer-init"),
        list("status unknown", "status", "parked"),
        list("ownerverification", "ownerverification", "inprocess"),
        list("ownerverification unknown", "ownerverification", "pending"),
        list("renewalMode", "renewalMode", "manual"),
        list("renewalMode unknown", "renewalMode", "never"),
        list("filters combine", "tld", "es", "renewable", "true"),
        list("infoType status", "infoType", "status", "pageLength", "2"),
        list("infoType contact", "infoType", "contact", "pageLength", "2"),
        list("infoType nameservers", "infoType", "nameservers", "pageLength", "2"),
        list("infoType service", "infoType", "service", "pageLength", "1"),
        list("infoType gluerecords", "infoType", "gluerecords", "pageLength", "1"),
        list("infoType authcode is refused", "infoType", "authcode"),
        list("infoType dnssec is refused", "infoType", "dnssec"),
        WireCase.of("domain/list", "empty account"),
        WireCase.of("domain/listdeleted", "none"),
        WireCase.of("domain/listdeleted", "two, paged")
            .given(f -> f.active("uno.com", "period", "1"))
            .given(f -> f.active("dos.com", "period", "1"))
            .given(
                f ->
                    f.call(
                        "domain/update",
                        "domain",
                        "uno.com",
                        "updateType",
                        "renewalMode",
                        "renewalMode",
                        "letexpire"))
            .given(
                f ->
                    f.call(
                        "domain/update",
                        "domain",
                        "dos.com",
                        "updateType",
                        "renewalMode",
                        "renewalMode",
                        "manual"))
            .given(f -> f.advanceDays(365 + 66))
            .with("pageLength", "1", "page", "2")
            .then("domain/listdeleted")
            .then("domain/getinfo", "domain", "uno.com"),
        WireCase.of("domain/gethistory", "ok")
            .given(f -> f.active("tienda-ana.com"))
            .given(
                f ->
                    f.call(
                        "domain/update",
                        "domain",
                        "tienda-ana.com",
                        "updateType",
                        "whoisPrivacy",
                        "whoisPrivacy",
                        "1"))
            .with("domain", "tienda-ana.com"),
        WireCase.of("domain/gethistory", "paged")
            .given(f -> f.active("tienda-ana.com"))
            .with("domainID", "47110001", "pageLength", "1", "page", "2"),
        WireCase.of("domain/gethistory", "unknown domain").with("domain", "tienda-ana.com"),
        WireCase.of("domain/gethistory", "missing selector"));
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("cases")
  void answers_as_pinned(WireCase wireCase, BodyEncoding encoding) {
    wireCase.run(encoding);
  }
}
