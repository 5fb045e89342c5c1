package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.maps;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.regdesk.dondominio.sandbox.PropertyGenerators.SEED;
import static org.regdesk.dondominio.sandbox.PropertyGenerators.oneOf;
import static org.regdesk.dondominio.sandbox.PropertyGenerators.stringsOf;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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

  @BeforeEach
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

  private static Gen<String> anyString(int maxLength) {
    return strings().allPossible().ofLengthBetween(0, maxLength);
  }

  private static Gen<String> domainish() {
    return stringsOf("abcz09-._ üñéß\u3002XN", 0, 70)
        .zip(arbitrary().pick(ZONES), (label, zone) -> zone.isEmpty() ? label : label + "." + zone);
  }

  @Test
  void any_domain_input_gets_a_result_or_a_known_error() {
    qt().withFixedSeed(SEED)
        .withExamples(400)
        .forAll(domainish())
        .checkAssert(
            domain -> {
              assertAnswers("domain/check", "domain", domain);
              assertAnswers("domain/getinfo", "domain", domain);
              assertAnswers("domain/create", EngineFixture.owner("domain", domain));
              assertAnswers("domain/list", "domain", domain, "word", domain);
              assertAnswers("tool/idnconverter", "query", domain);
            });
  }

  @Test
  void valid_labels_in_every_zone_parse_to_themselves() {
    Gen<String> labels =
        stringsOf("abcdefghijklmnopqrstuvwxyz0123456789", 1, 30)
            .zip(oneOf("", "-x", "x-y"), (core, suffix) -> core + suffix);
    Gen<String> zones =
        arbitrary().pick(TldCatalogue.standard().all().stream().map(Tld::name).toList());
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(labels, zones)
        .checkAssert(
            (label, zone) -> {
              DomainName name = DomainName.parse(label + "." + zone, TldCatalogue.standard());
              assertThat(name.ascii()).isEqualTo(label + "." + zone);
              assertThat(name.tld().name()).isEqualTo(zone);
              assertThat(name.label()).isEqualTo(label);
            });
  }

  @Test
  void idn_names_read_the_same_in_both_spellings() {
    TldCatalogue catalogue = TldCatalogue.standard();
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(stringsOf("abcüñéçàø", 1, 20).assuming(s -> s.chars().anyMatch(c -> c > 127)))
        .checkAssert(
            label -> {
              DomainName unicode = DomainName.parse(label + ".com", catalogue);
              DomainName ascii = DomainName.parse(unicode.ascii(), catalogue);
              assertThat(ascii).isEqualTo(unicode);
            });
  }

  @Test
  void phones_are_accepted_exactly_in_the_cc_dot_number_form() {
    Gen<String> shaped =
        stringsOf("0123456789", 0, 4)
            .zip(stringsOf("0123456789", 0, 16), (cc, n) -> "+" + cc + "." + n);
    Gen<String> noise = stringsOf("+.0123456789 -()x", 0, 20);
    qt().withFixedSeed(SEED)
        .withExamples(400)
        .forAll(Generate.oneOf(shaped, noise))
        .checkAssert(
            phone -> {
              // the SDK's form, a country code of 1-3 digits, at most 15 digits (E.164)
              boolean wellFormed =
                  phone.matches("\\+[0-9]{1,3}\\.[0-9]+") && phone.length() - 2 <= 15;
              try {
                sandbox.call("contact/create", contactWith("Phone", phone));
                assertThat(wellFormed).as(phone).isTrue();
              } catch (ApiError e) {
                assertThat(wellFormed).as(phone).isFalse();
                assertThat(e.code()).isEqualTo(ErrorCodes.CONTACT_DATA_ERROR);
                assertThat(e.messages().get(0)).contains("Phone");
                assertThat(e.field()).contains("Phone");
              }
            });
  }

  @Test
  void any_contact_field_value_gets_a_contact_or_a_3002_naming_it() {
    Gen<String> fields =
        oneOf(
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
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(fields, anyString(40))
        .checkAssert(
            (field, value) -> {
              try {
                assertThat(
                        sandbox
                            .call("contact/create", contactWith(field, value))
                            .get("contactID")
                            .asString())
                    .matches("[A-Z]+-[0-9]+");
              } catch (ApiError e) {
                assertThat(e.code()).isEqualTo(ErrorCodes.CONTACT_DATA_ERROR);
                assertThat(e.messages().get(0)).contains(field);
                assertThat(e.field()).contains(field);
              }
            });
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
    return flat(fields);
  }

  private static String[] flat(Map<String, String> fields) {
    String[] flat = new String[fields.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> e : fields.entrySet()) {
      flat[i++] = e.getKey();
      flat[i++] = e.getValue();
    }
    return flat;
  }

  @Test
  void any_expiry_guard_gets_a_known_answer() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(anyString(20))
        .checkAssert(
            guard -> assertAnswers("domain/renew", "domain", "known.com", "curExpDate", guard));
  }

  @Test
  void both_date_spellings_read_as_the_same_day() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(integers().between(-30000, 60000))
        .checkAssert(
            epochDay -> {
              String iso = LocalDate.ofEpochDay(epochDay).toString();
              String compact = iso.replace("-", "");
              assertThat(Dates.parseExpiryGuard("curExpDate", iso)).isEqualTo(epochDay);
              assertThat(Dates.parseExpiryGuard("curExpDate", compact)).isEqualTo(epochDay);
            });
  }

  @Test
  void any_parameters_to_any_action_get_a_known_answer() {
    Gen<String> values =
        Generate.oneOf(
            anyString(30),
            oneOf(
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
    Gen<Map<String, String>> parameterSets =
        maps().of(arbitrary().pick(PARAMETER_NAMES), values).ofSizeBetween(0, 8);
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(arbitrary().pick(ACTIONS), parameterSets)
        .checkAssert((action, params) -> assertAnswers(action, flat(params)));
  }

  @Test
  void paging_numbers_never_break_a_list() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(anyString(12), anyString(12))
        .checkAssert(
            (page, pageLength) -> {
              assertAnswers("domain/list", "page", page, "pageLength", pageLength);
              assertAnswers("account/zones", "page", page, "pageLength", pageLength);
            });
  }

  @Test
  void control_inputs_are_validated_not_thrown() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(anyString(30), anyString(12), anyString(12))
        .checkAssert(
            (domain, expiry, days) -> {
              for (Runnable control :
                  List.<Runnable>of(
                      () ->
                          sandbox.engine.addForeignDomain(
                              EngineFixture.control(
                                  "domain", domain, "authcode", "x", "expiry", expiry)),
                      () ->
                          sandbox.engine.updateAccount(
                              EngineFixture.control("balance", days, "currency", expiry)),
                      () ->
                          sandbox.engine.advanceClock(
                              EngineFixture.control("advanceMinutes", days)),
                      () -> sandbox.engine.domainState(domain))) {
                try {
                  control.run();
                } catch (ApiError e) {
                  assertThat(ErrorCodes.isKnown(e.code())).isTrue();
                }
              }
            });
  }
}
