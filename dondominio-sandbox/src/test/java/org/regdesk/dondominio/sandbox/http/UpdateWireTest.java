package org.regdesk.dondominio.sandbox.http;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code domain/update} with every {@code updateType}, {@code domain/updatenameservers} and {@code
 * domain/updatecontacts} over real HTTP, each change shown by a following {@code domain/getinfo}.
 */
class UpdateWireTest {
  private static final String DOMAIN = "tienda-ana.com";

  private static WireCase update(String name, String updateType, String... fields) {
    return WireCase.of("domain/update", name)
        .given(f -> f.active(DOMAIN))
        .with("domain", DOMAIN, "updateType", updateType)
        .with(fields);
  }

  private static WireCase locked(WireCase update) {
    return update.given(
        f -> f.call("domain/update", "domain", DOMAIN, "updateType", "block", "block", "1"));
  }

  static Stream<Arguments> cases() {
    return WireCase.inBothEncodings(
        update("contact", "contact", "adminContactID", "${luis}", "billingContactID", "${luis}")
            .given(f -> f.contact("luis", "Luis", "luis@ruiz.es"))
            .then("domain/getinfo", "domain", DOMAIN, "infoType", "contact")
            .then("domain/gethistory", "domain", DOMAIN),
        update("contact without any role", "contact"),
        update(
                "nameservers",
                "nameservers",
                "nameservers",
                " ns1.hosting-ana.net , NS2.Hosting-Ana.net,,ns3.hosting-ana.net ")
            .then("domain/getinfo", "domain", DOMAIN, "infoType", "nameservers"),
        update("nameservers default", "nameservers", "nameservers", "default")
            .then("domain/getinfo", "domain", DOMAIN, "infoType", "nameservers"),
        update("nameservers parking", "nameservers", "nameservers", "parking"),
        update("nameservers missing", "nameservers"),
        update("transferBlock off", "transferBlock", "transferBlock", "0")
            .then("domain/getinfo", "domain", DOMAIN),
        update("transferBlock sent empty means off", "transferBlock", "transferBlock", "")
            .then("domain/getinfo", "domain", DOMAIN),
        update("transferBlock missing", "transferBlock"),
        update("transferBlock not a boolean", "transferBlock", "transferBlock", "maybe"),
        WireCase.of("domain/update", "transferBlock in a zone without lock")
            .given(f -> f.active("tienda-ana.es"))
            .with("domain", "tienda-ana.es", "updateType", "transferBlock", "transferBlock", "1"),
        update("block on", "block", "block", "yes").then("domain/getinfo", "domain", DOMAIN),
        locked(update("block off while blocked", "block", "block", "off"))
            .then("domain/getinfo", "domain", DOMAIN),
        locked(update("whoisPrivacy while blocked", "whoisPrivacy", "whoisPrivacy", "1")),
        update("whoisPrivacy on", "whoisPrivacy", "whoisPrivacy", "true")
            .then("domain/getinfo", "domain", DOMAIN),
        update("whoisPrivacy missing", "whoisPrivacy"),
        update("viewWhois off", "viewWhois", "viewWhois", "false")
            .then("domain/getinfo", "domain", DOMAIN),
        update("renewalMode letexpire", "renewalMode", "renewalMode", "LetExpire")
            .then("domain/getinfo", "domain", DOMAIN),
        update("renewalMode unknown", "renewalMode", "renewalMode", "sometimes"),
        update("tag", "tag", "tag", "client-a,vip")
            .then("domain/getinfo", "domain", DOMAIN)
            .then("domain/list", "tag", "vip"),
        update("tag cleared", "tag", "tag", "")
            .given(
                f -> f.call("domain/update", "domain", DOMAIN, "updateType", "tag", "tag", "old"))
            .then("domain/getinfo", "domain", DOMAIN),
        update("tag not sent", "tag"),
        update("unknown updateType", "lock"),
        update("updateType in any case", "WHOISPRIVACY", "whoisPrivacy", "1"),
        WireCase.of("domain/update", "missing updateType")
            .given(f -> f.active(DOMAIN))
            .with("domain", DOMAIN),
        WireCase.of("domain/update", "while transferring")
            .given(f -> f.foreign("vecino.net", "Xy7#code"))
            .given(f -> f.transferringWithCode("vecino.net", "Xy7#code"))
            .with("domain", "vecino.net", "updateType", "whoisPrivacy", "whoisPrivacy", "1"),
        WireCase.of("domain/update", "unknown domain")
            .with("domain", DOMAIN, "updateType", "whoisPrivacy", "whoisPrivacy", "1"),
        WireCase.of("domain/updatenameservers", "ok")
            .given(f -> f.active(DOMAIN))
            .with("domain", DOMAIN, "nameservers", "ns1.hosting-ana.net,ns2.hosting-ana.net")
            .then("domain/getnameservers", "domain", DOMAIN),
        WireCase.of("domain/updatenameservers", "seven")
            .given(f -> f.active(DOMAIN))
            .with(
                "domain",
                DOMAIN,
                "nameservers",
                "ns1.h.net,ns2.h.net,ns3.h.net,ns4.h.net,ns5.h.net,ns6.h.net,ns7.h.net"),
        WireCase.of("domain/updatenameservers", "one")
            .given(f -> f.active(DOMAIN))
            .with("domain", DOMAIN, "nameservers", "ns1.hosting-ana.net,,"),
        WireCase.of("domain/updatenameservers", "eight")
            .given(f -> f.active(DOMAIN))
            .with(
                "domain",
                DOMAIN,
                "nameservers",
                "ns1.h.net,ns2.h.net,ns3.h.net,ns4.h.net,ns5.h.net,ns6.h.net,ns7.h.net,ns8.h.net"),
        WireCase.of("domain/updatenameservers", "twice the same host")
            .given(f -> f.active(DOMAIN))
            .with("domain", DOMAIN, "nameservers", "ns1.h.net,NS1.H.NET"),
        WireCase.of("domain/updatenameservers", "missing")
            .given(f -> f.active(DOMAIN))
            .with("domain", DOMAIN),
        locked(
            WireCase.of("domain/updatenameservers", "blocked")
                .given(f -> f.active(DOMAIN))
                .with("domain", DOMAIN, "nameservers", "default")),
        WireCase.of("domain/updatecontacts", "owner inline, others kept")
            .given(f -> f.active(DOMAIN))
            .with(
                "domain", DOMAIN,
                "ownerContactType", "organization",
                "ownerContactOrgName", "Tienda Ana S.L.",
                "ownerContactOrgType", "612",
                "ownerContactFirstName", "Ana",
                "ownerContactLastName", "García",
                "ownerContactIdentNumber", "B87654321",
                "ownerContactEmail", "hola@tienda-ana.es",
                "ownerContactPhone", "+34.600111222",
                "ownerContactFax", "+34.600111223",
                "ownerContactAddress", "Calle Mayor 1",
                "ownerContactPostalCode", "08001",
                "ownerContactCity", "Barcelona",
                "ownerContactState", "Barcelona",
                "ownerContactCountry", "ES")
            .then("domain/getinfo", "domain", DOMAIN, "infoType", "contact"),
        WireCase.of("domain/updatecontacts", "tech by ID")
            .given(f -> f.active(DOMAIN))
            .given(f -> f.contact("luis", "Luis", "luis@ruiz.es"))
            .with("domain", DOMAIN, "techContactID", "${luis}")
            .then("domain/getinfo", "domain", DOMAIN, "infoType", "contact"),
        WireCase.of("domain/updatecontacts", "nothing to change")
            .given(f -> f.active(DOMAIN))
            .with("domain", DOMAIN),
        WireCase.of("domain/updatecontacts", "unknown contact")
            .given(f -> f.active(DOMAIN))
            .with("domain", DOMAIN, "adminContactID", "QQQ-1"),
        WireCase.of("domain/updatecontacts", "bad inline data")
            .given(f -> f.active(DOMAIN))
            .withOwner()
            .with("domain", DOMAIN, "ownerContactPhone", "+34 600 111 222"),
        locked(
            WireCase.of("domain/updatecontacts", "blocked")
                .given(f -> f.active(DOMAIN))
                .given(f -> f.contact("luis", "Luis", "luis@ruiz.es"))
                .with("domain", DOMAIN, "techContactID", "${luis}")));
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("cases")
  void answers_as_pinned(WireCase wireCase, BodyEncoding encoding) {
    wireCase.run(encoding);
  }
}
