package org.regdesk.dondominio.sandbox.http;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code domain/create} over real HTTP: registrations in several kinds of zone, premium and taken
 * names, contacts, nameservers, zone fields, balance; each refusal changes nothing.
 */
class CreateWireTest {
  private static WireCase create(String name, String domain) {
    return WireCase.of("domain/create", name).with("domain", domain).withOwner();
  }

  static Stream<Arguments> cases() {
    return WireCase.inBothEncodings(
        create("ok", "tienda-ana.com")
            .with("period", "2", "nameservers", "ns1.hosting-ana.net,ns2.hosting-ana.net")
            .then("domain/getinfo", "domain", "tienda-ana.com", "infoType", "status")
            .then("account/info")
            .thenState("tienda-ana.com"),
        create("registration completes", "tienda-ana.com")
            .thenMinutesPass(1)
            .then("domain/getinfo", "domain", "tienda-ana.com", "infoType", "status")
            .thenMinutesPass(1)
            .then("domain/getinfo", "domain", "tienda-ana.com", "infoType", "status")
            .then("domain/gethistory", "domain", "tienda-ana.com"),
        create("multi-label zone", "tienda-ana.com.es").with("period", "3"),
        create("idn", "diseño-gráfico.es"),
        create("parking, sent empty items", "tienda-ana.net")
            .with("nameservers", "parking,,", "premium", "", "frTradeMark", ""),
        create("premium with premium=1", "casino.com")
            .given(f -> f.account("balance", "6000"))
            .with("premium", "1", "period", "2")
            .thenState("casino.com"),
        create("premium without premium", "casino.com").with("premium", "0"),
        create("taken elsewhere", "google.com"),
        create("held elsewhere", "vecino.net").given(f -> f.foreign("vecino.net", "Xy7#code")),
        create("already in the account", "tienda-ana.com").given(f -> f.active("tienda-ana.com")),
        create("insufficient balance", "tienda-ana.com").given(f -> f.account("balance", "9.94")),
        create("owner by contact ID", "tienda-ana.com")
            .given(f -> f.contact("luis", "Luis", "luis@ruiz.es"))
            .without("ownerContactType")
            .with("ownerContactID", "${luis}", "adminContactID", "${luis}")
            .then("domain/getinfo", "domain", "tienda-ana.com", "infoType", "contact"),
        create("all four roles inline", "tienda-ana.com")
            .with(
                "techContactType", "organization",
                "techContactOrgName", "Hosting Ana S.L.",
                "techContactOrgType", "612",
                "techContactFirstName", "Marta",
                "techContactLastName", "Sanz",
                "techContactIdentNumber", "B12345674",
                "techContactEmail", "tech@hosting-ana.es",
                "techContactPhone", "+34.931234567",
                "techContactAddress", "Gran Via 2",
                "techContactPostalCode", "28013",
                "techContactCity", "Madrid",
                "techContactState", "Madrid",
                "techContactCountry", "es")
            .then("domain/getinfo", "domain", "tienda-ana.com", "infoType", "contact"),
        WireCase.of("domain/create", "missing owner").with("domain", "tienda-ana.com"),
        WireCase.of("domain/create", "missing domain").withOwner(),
        create("owner field missing", "tienda-ana.com").without("ownerContactEmail"),
        create("bad owner e-mail", "tienda-ana.com").with("ownerContactEmail", "ana@"),
        create("bad owner phone", "tienda-ana.com").with("ownerContactPhone", "600111222"),
        create("bad owner country", "tienda-ana.com").with("ownerContactCountry", "XX"),
        create("bad owner type", "tienda-ana.com").with("ownerContactType", "company"),
        create("organisation without name", "tienda-ana.com")
            .with("ownerContactType", "organization"),
        create("spanish organisation without legal form", "tienda-ana.es")
            .with("ownerContactType", "organization", "ownerContactOrgName", "Ana S.L."),
        create("unknown contact ID", "tienda-ana.com").with("adminContactID", "ABC-999"),
        create("malformed contact ID", "tienda-ana.com").with("billingContactID", "12345"),
        create("one nameserver", "tienda-ana.com").with("nameservers", "ns1.hosting-ana.net"),
        create("eight nameservers", "tienda-ana.com")
            .with(
                "nameservers",
                "ns1.h.net,ns2.h.net,ns3.h.net,ns4.h.net,ns5.h.net,ns6.h.net,ns7.h.net,ns8.h.net"),
        create("nameserver not a host", "tienda-ana.com").with("nameservers", "ns1.h.net,ns_2"),
        create("keepns on create", "tienda-ana.com").with("nameservers", "keepns"),
        create("period the zone does not sell", "tienda-ana.com").with("period", "11"),
        create("period not a number", "tienda-ana.com").with("period", "two"),
        create("one-year zone", "tienda-ana.de").with("period", "2"),
        create("invalid name", "tienda_ana.com"),
        create("unknown zone", "tienda-ana.nowhere"),
        create(".ru without ruIssuer", "magazin.ru")
            .with("ownerDateOfBirth", "1980-05-17", "ruIssuerDate", "2001-02-03"),
        create(".ru with its fields", "magazin.ru")
            .with(
                "ownerDateOfBirth", "1980-05-17",
                "ruIssuer", "OVD Tverskoy",
                "ruIssuerDate", "2001-02-03")
            .thenState("magazin.ru"),
        create(".ru birth date in the future", "magazin.ru")
            .with(
                "ownerDateOfBirth", "2030-01-01",
                "ruIssuer", "OVD Tverskoy",
                "ruIssuerDate", "2001-02-03"),
        create(".cat without intended use", "botiga.cat"));
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("cases")
  void answers_as_pinned(WireCase wireCase, BodyEncoding encoding) {
    wireCase.run(encoding);
  }
}
