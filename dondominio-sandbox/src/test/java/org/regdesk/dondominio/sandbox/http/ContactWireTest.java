package org.regdesk.dondominio.sandbox.http;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code contact/*} and {@code domain/resendverificationmail} over real HTTP, with verification
 * completing a day after the mail.
 */
class ContactWireTest {
  private static WireCase create(String name) {
    return WireCase.of("contact/create", name)
        .with(
            "Type", "individual",
            "FirstName", "Luis",
            "LastName", "Ruiz",
            "IdentNumber", "X1234567L",
            "Email", "luis@ruiz.es",
            "Phone", "+34.933000111",
            "Address", "Rambla 5",
            "PostalCode", "08002",
            "City", "Barcelona",
            "State", "Barcelona",
            "Country", "ES");
  }

  /** Luis (created first, verified after two days), Marta (in process), Ana's owner contact. */
  private static void book(WireFixture f) {
    f.contact("luis", "Luis", "luis@ruiz.es");
    f.advanceDays(2);
    f.contact("marta", "Marta", "marta@graficos.es");
    f.create("tienda-ana.com");
  }

  private static WireCase list(String name, String... fields) {
    return WireCase.of("contact/list", name).given(ContactWireTest::book).with(fields);
  }

  static Stream<Arguments> cases() {
    return WireCase.inBothEncodings(
        create("individual").then("contact/list"),
        create("organisation with legal form and fax")
            .with(
                "Type",
                "Organization",
                "OrgName",
                "Ruiz y Asociados S.L.",
                "OrgType",
                "612",
                "Fax",
                "+34.933000112",
                "Country",
                "es"),
        create("same data twice makes two contacts")
            .given(f -> f.contact("first", "Luis", "luis@ruiz.es"))
            .then("contact/list"),
        create("missing field").without("Email"),
        create("bad phone").with("Phone", "933000111"),
        create("bad e-mail").with("Email", "luis@ruiz"),
        create("bad country").with("Country", "Spain"),
        create("organisation without name").with("Type", "organization"),
        create("control character in a name").with("FirstName", "Lu\u0007is"),
        create("bad postal code").with("PostalCode", "08002!"),
        WireCase.of("contact/create", "nothing sent"),
        WireCase.of("contact/getinfo", "ok")
            .given(f -> f.contact("luis", "Luis", "luis@ruiz.es"))
            .with("contactID", "${luis}", "infoType", "data"),
        WireCase.of("contact/getinfo", "verified a day later")
            .given(f -> f.contact("luis", "Luis", "luis@ruiz.es"))
            .given(f -> f.advanceDays(1))
            .with("contactID", "${luis}"),
        WireCase.of("contact/getinfo", "other infoType")
            .given(f -> f.contact("luis", "Luis", "luis@ruiz.es"))
            .with("contactID", "${luis}", "infoType", "domains"),
        WireCase.of("contact/getinfo", "unknown").with("contactID", "ABC-12345"),
        WireCase.of("contact/getinfo", "malformed").with("contactID", "ABC12345"),
        WireCase.of("contact/getinfo", "missing"),
        list("all"),
        list("paged", "pageLength", "1", "page", "3"),
        list("name", "name", "mar"),
        list("email exact", "email", "LUIS@RUIZ.ES"),
        list("email substring matches nothing", "email", "ruiz.es"),
        list("country", "country", "es"),
        list("identNumber", "identNumber", "12345678z"),
        list("verificationstatus", "verificationstatus", "verified"),
        list("verificationstatus unknown", "verificationstatus", "done"),
        list("daaccepted", "daaccepted", "0"),
        list("daaccepted not a boolean", "daaccepted", "perhaps"),
        WireCase.of("contact/resendverificationmail", "in process")
            .given(f -> f.contact("luis", "Luis", "luis@ruiz.es"))
            .given(f -> f.advanceMinutes(600))
            .with("contactID", "${luis}")
            .thenMinutesPass(840)
            .then("contact/getinfo", "contactID", "${luis}")
            .thenMinutesPass(600)
            .then("contact/getinfo", "contactID", "${luis}"),
        WireCase.of("contact/resendverificationmail", "already verified")
            .given(f -> f.contact("luis", "Luis", "luis@ruiz.es"))
            .given(f -> f.advanceDays(1))
            .with("contactID", "${luis}"),
        WireCase.of("contact/resendverificationmail", "unknown").with("contactID", "ABC-1"),
        WireCase.of("contact/resendverificationmail", "missing"),
        WireCase.of("domain/resendverificationmail", "ok")
            .given(f -> f.active("tienda-ana.com"))
            .with("domain", "tienda-ana.com")
            .then("domain/gethistory", "domain", "tienda-ana.com", "page", "2", "pageLength", "2"),
        WireCase.of("domain/resendverificationmail", "owner already verified")
            .given(f -> f.active("tienda-ana.com"))
            .given(f -> f.advanceDays(1))
            .with("domain", "tienda-ana.com")
            .then("domain/gethistory", "domain", "tienda-ana.com", "page", "2", "pageLength", "2"),
        WireCase.of("domain/resendverificationmail", "unknown domain")
            .with("domain", "tienda-ana.com"),
        WireCase.of("domain/resendverificationmail", "missing selector"));
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("cases")
  void answers_as_pinned(WireCase wireCase, BodyEncoding encoding) {
    wireCase.run(encoding);
  }
}
