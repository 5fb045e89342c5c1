package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Whatever a client sends, the engine answers with a result or an {@link ApiError} carrying a
 * documented code: never another exception.
 */
class EnginePropertiesTest {
  private static final List<String> ZONES =
      List.of("com", "es", "com.es", "co.uk", "de", "ru", "xyz", "", "com.", "münchen");
  private static final List<String> ACTIONS =
      List.of(
          "tool/idnconverter",
          "account/zones",
          "domain/check",
          "domain/checkfortransfer",
          "domain/create",
          "domain/transfer",
          "domain/transferrestart",
          "domain/renew",
          "domain/update",
          "domain/updatenameservers",
          "domain/updatecontacts",
          "domain/getinfo",
          "domain/list",
          "domain/listdeleted",
          "domain/gethistory",
          "domain/gluerecordcreate",
          "domain/gluerecordupdate",
          "domain/gluerecorddelete",
          "domain/dnsseccreate",
          "domain/dnssecdelete",
          "domain/resendverificationmail",
          "contact/list",
          "contact/getinfo",
          "contact/create",
          "contact/resendverificationmail");
  private static final List<String> PARAMETER_NAMES =
      List.of(
          "domain",
          "domainID",
          "period",
          "premium",
          "nameservers",
          "authcode",
          "foacontact",
          "curExpDate",
          "updateType",
          "transferBlock",
          "block",
          "whoisPrivacy",
          "renewalMode",
          "tag",
          "viewWhois",
          "infoType",
          "page",
          "pageLength",
          "word",
          "tld",
          "renewable",
          "owner",
          "status",
          "ownerverification",
          "name",
          "ipv4",
          "ipv6",
          "keytag",
          "algorithm",
          "digesttype",
          "digest",
          "contactID",
          "email",
          "country",
          "identNumber",
          "verificationstatus",
          "daaccepted",
          "query",
          "ownerContactID",
          "ownerContactType",
          "ownerContactEmail",
          "ownerContactPhone",
          "ownerContactCountry",
          "Type",
          "FirstName",
          "Email",
          "Phone",
          "Country",
          "ownerDateOfBirth",
          "ruIssuerDate",
          "tldtop");

  private EngineFixture sandbox;

  @BeforeProperty
  void freshSandbox() {
    sandbox = EngineFixture.seeded(50, 3);
    sandbox.createActive("known.com");
  }

  private void assertAnswers(String action, String... params) {
    try {
      ApiResult result = sandbox.engine.call(action, EngineFixture.params(params), "127.0.0.1");
      assertThat(result.responseData()).isNotNull();
    } catch (ApiError e) {
      assertThat(ErrorCodes.isKnown(e.code())).as("code %d", e.code()).isTrue();
      assertThat(e.messages()).isNotEmpty();
    }
  }

  @Provide
  Arbitrary<String> domainish() {
    Arbitrary<String> label =
        Arbitraries.strings().withChars("abcz09-._ üñéß\u3002XN").ofMinLength(0).ofMaxLength(70);
    return Combinators.combine(label, Arbitraries.of(ZONES))
        .as((l, z) -> z.isEmpty() ? l : l + "." + z);
  }

  @Property(tries = 400)
  void any_domain_input_gets_a_result_or_a_known_error(@ForAll("domainish") String domain) {
    assertAnswers("domain/check", "domain", domain);
    assertAnswers("domain/getinfo", "domain", domain);
    assertAnswers("domain/create", EngineFixture.owner("domain", domain));
    assertAnswers("domain/list", "domain", domain, "word", domain);
    assertAnswers("tool/idnconverter", "query", domain);
  }

  @Property(tries = 300)
  void valid_labels_in_every_zone_parse_to_themselves(
      @ForAll("labels") String label, @ForAll("zones") String zone) {
    DomainName name = DomainName.parse(label + "." + zone, TldCatalogue.standard());
    assertThat(name.ascii()).isEqualTo(label + "." + zone);
    assertThat(name.tld().name()).isEqualTo(zone);
    assertThat(name.label()).isEqualTo(label);
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.strings()
        .withChars("abcdefghijklmnopqrstuvwxyz0123456789")
        .ofMinLength(1)
        .ofMaxLength(30)
        .flatMap(core -> Arbitraries.of("", "-x", "x-y").map(suffix -> core + suffix));
  }

  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.of(
        TldCatalogue.standard().all().stream().map(Tld::name).toArray(String[]::new));
  }

  @Property(tries = 300)
  void idn_names_read_the_same_in_both_spellings(@ForAll("idnLabels") String label) {
    TldCatalogue catalogue = TldCatalogue.standard();
    DomainName unicode = DomainName.parse(label + ".com", catalogue);
    DomainName ascii = DomainName.parse(unicode.ascii(), catalogue);
    assertThat(ascii).isEqualTo(unicode);
  }

  @Provide
  Arbitrary<String> idnLabels() {
    return Arbitraries.strings()
        .withChars("abcüñéçàø")
        .ofMinLength(1)
        .ofMaxLength(20)
        .filter(s -> s.chars().anyMatch(c -> c > 127));
  }

  @Property(tries = 400)
  void phones_are_accepted_exactly_in_the_cc_dot_number_form(@ForAll("phones") String phone) {
    boolean wellFormed = phone.matches("\\+[0-9]{1,3}\\.[0-9]{4,14}");
    try {
      sandbox.call("contact/create", contactWith("Phone", phone));
      assertThat(wellFormed).as(phone).isTrue();
    } catch (ApiError e) {
      assertThat(wellFormed).as(phone).isFalse();
      assertThat(e.code()).isEqualTo(ErrorCodes.CONTACT_DATA_ERROR);
      assertThat(e.messages().get(0)).contains("Phone");
    }
  }

  @Provide
  Arbitrary<String> phones() {
    Arbitrary<String> shaped =
        Combinators.combine(
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(4),
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(16))
            .as((cc, n) -> "+" + cc + "." + n);
    Arbitrary<String> noise = Arbitraries.strings().withChars("+.0123456789 -()x").ofMaxLength(20);
    return Arbitraries.oneOf(shaped, noise);
  }

  @Property(tries = 300)
  void any_contact_field_value_gets_a_contact_or_a_3002_naming_it(
      @ForAll("contactFields") String field, @ForAll String value) {
    try {
      JsonNodeCheck.isContact(sandbox.call("contact/create", contactWith(field, value)));
    } catch (ApiError e) {
      assertThat(e.code()).isEqualTo(ErrorCodes.CONTACT_DATA_ERROR);
      assertThat(e.messages().get(0)).contains(field);
    }
  }

  @Provide
  Arbitrary<String> contactFields() {
    return Arbitraries.of(
        "Type",
        "FirstName",
        "LastName",
        "OrgName",
        "IdentNumber",
        "Email",
        "Phone",
        "Fax",
        "Address",
        "PostalCode",
        "City",
        "State",
        "Country",
        "OrgType");
  }

  private static String[] contactWith(String field, String value) {
    Map<String, String> fields = new HashMap<>();
    String[] base = {
      "Type", "organization", "FirstName", "Ana", "LastName", "Lopez", "OrgName", "Lopez S.L.",
      "IdentNumber", "B1234", "Email", "ana@lopez.es", "Phone", "+34.600000000", "Address", "Sol 1",
      "PostalCode", "28001", "City", "Madrid", "State", "Madrid", "Country", "ES"
    };
    for (int i = 0; i < base.length; i += 2) {
      fields.put(base[i], base[i + 1]);
    }
    fields.put(field, value);
    String[] flat = new String[fields.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> e : fields.entrySet()) {
      flat[i++] = e.getKey();
      flat[i++] = e.getValue();
    }
    return flat;
  }

  @Property(tries = 300)
  void any_expiry_guard_gets_a_known_answer(@ForAll String guard) {
    assertAnswers("domain/renew", "domain", "known.com", "curExpDate", guard);
  }

  @Property(tries = 300)
  void both_date_spellings_read_as_the_same_day(
      @ForAll @IntRange(min = -30000, max = 60000) int epochDay) {
    LocalDate day = LocalDate.ofEpochDay(epochDay);
    String iso = day.toString();
    String compact = iso.replace("-", "");
    assertThat(Dates.parseExpiryGuard("curExpDate", iso)).isEqualTo(epochDay);
    assertThat(Dates.parseExpiryGuard("curExpDate", compact)).isEqualTo(epochDay);
  }

  @Property(tries = 500)
  void any_parameters_to_any_action_get_a_known_answer(
      @ForAll("actions") String action, @ForAll("parameterSets") Map<String, String> params) {
    String[] flat = new String[params.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> e : params.entrySet()) {
      flat[i++] = e.getKey();
      flat[i++] = e.getValue();
    }
    assertAnswers(action, flat);
  }

  @Provide
  Arbitrary<String> actions() {
    return Arbitraries.of(ACTIONS);
  }

  @Provide
  Arbitrary<Map<String, String>> parameterSets() {
    Arbitrary<String> values =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(30),
            Arbitraries.of(
                "known.com",
                "1",
                "0",
                "-1",
                "99999999999",
                "2027-03-02",
                "20270302",
                "status",
                "contact",
                "nameservers",
                "autorenew",
                "ns1.known.com,ns2.known.com",
                "8.8.8.8",
                "::1",
                "individual",
                "ES",
                "+34.600000000",
                "a@b.es",
                "",
                " ",
                "keepns",
                "default",
                "parking",
                "tag",
                "block",
                "transferBlock",
                "SBX-2300001"));
    return Arbitraries.maps(Arbitraries.of(PARAMETER_NAMES), values).ofMaxSize(8);
  }

  @Property(tries = 200)
  void paging_numbers_never_break_a_list(@ForAll String page, @ForAll String pageLength) {
    assertAnswers("domain/list", "page", page, "pageLength", pageLength);
    assertAnswers("account/zones", "page", page, "pageLength", pageLength);
  }

  @Property(tries = 200)
  void control_inputs_are_validated_not_thrown(
      @ForAll String domain, @ForAll String expiry, @ForAll String days) {
    for (Runnable control :
        List.<Runnable>of(
            () ->
                sandbox.engine.addForeignDomain(
                    EngineFixture.control("domain", domain, "authcode", "x", "expiry", expiry)),
            () ->
                sandbox.engine.updateAccount(
                    EngineFixture.control("balance", days, "currency", expiry)),
            () -> sandbox.engine.advanceClock(EngineFixture.control("advanceMinutes", days)),
            () -> sandbox.engine.domainState(domain))) {
      try {
        control.run();
      } catch (ApiError e) {
        assertThat(ErrorCodes.isKnown(e.code())).isTrue();
      }
    }
  }

  /** A contact/create result has an ID. */
  private static final class JsonNodeCheck {
    static void isContact(tools.jackson.databind.JsonNode node) {
      assertThat(node.get("contactID").asString()).matches("[A-Z]+-[0-9]+");
    }
  }
}
