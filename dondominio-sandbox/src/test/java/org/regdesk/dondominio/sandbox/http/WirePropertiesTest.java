package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.regdesk.dondominio.sandbox.PropertyGenerators.SEED;
import static org.regdesk.dondominio.sandbox.PropertyGenerators.oneOf;
import static org.regdesk.dondominio.sandbox.PropertyGenerators.stringsOf;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.regdesk.dondominio.sandbox.engine.ErrorCodes;
import tools.jackson.databind.JsonNode;

/**
 * Over real HTTP, in either body encoding, whatever names, phones, contact data and dates a client
 * sends: HTTP 200, a JSON envelope whose code is in the API's error table, never code 1 (an
 * internal failure), never HTTP 500, and a refusal never changes the engine's state.
 */
class WirePropertiesTest {
  private WireFixture fixture;

  @BeforeEach
  void start() {
    fixture = new WireFixture();
    fixture.active("tienda-ana.com");
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  /** Text a careless or hostile client might send: any code point, and the usual suspects. */
  private static Gen<String> anyText(int maxLength) {
    return Generate.oneOf(
            strings().allPossible().ofLengthBetween(0, maxLength),
            strings().ascii().ofLengthBetween(0, maxLength),
            stringsOf("+.-_@/\\%&=;: \r\n\t\"'<>0123456789aZñ€", 0, maxLength))
        .map(WirePropertiesTest::withoutLoneSurrogates);
  }

  private static String withoutLoneSurrogates(String s) {
    StringBuilder kept = new StringBuilder();
    s.codePoints()
        .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static Gen<BodyEncoding> encodings() {
    return Generate.enumValues(BodyEncoding.class);
  }

  /** Sends the call and checks the property; returns the envelope. */
  private JsonNode sendAndCheck(BodyEncoding encoding, String action, Map<String, String> fields) {
    JsonNode before = EngineSnapshot.of(fixture.sandbox);
    Wire.Response response = fixture.send(encoding, action, fields);

    assertThat(response.status()).as("HTTP status").isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8");
    JsonNode envelope = response.json();
    int code = envelope.path("errorCode").asInt(-1);
    assertThat(ErrorCodes.isKnown(code)).as("known code %s", code).isTrue();
    assertThat(code).as("internal failure for %s", fields).isNotEqualTo(ErrorCodes.UNDEFINED);
    assertThat(envelope.path("success").asBoolean()).isEqualTo(code == 0);
    assertThat(envelope.path("action").asString()).isEqualTo(action);
    if (code != 0) {
      assertThat(envelope.path("messages").get(0).asString()).isNotBlank();
      assertThat(EngineSnapshot.of(fixture.sandbox)).as("refused, so unchanged").isEqualTo(before);
    }
    return envelope;
  }

  private static Map<String, String> owner(String field, String value) {
    Map<String, String> fields = new LinkedHashMap<>(WireFixture.OWNER);
    fields.put(field, value);
    return fields;
  }

  @Test
  void any_name_to_check_gets_a_known_answer() {
    Gen<String> names =
        Generate.oneOf(
            anyText(80),
            stringsOf("abcxyz019-.ñüß", 1, 30)
                .zip(
                    oneOf("com", "es", "com.es", "co.uk", "ru", "xyz", "", "."),
                    (l, z) -> l + "." + z));
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(names, encodings())
        .checkAssert(
            (name, encoding) -> {
              JsonNode envelope = sendAndCheck(encoding, "domain/check", Map.of("domain", name));
              if (envelope.path("success").asBoolean()) {
                assertThat(envelope.at("/responseData/domains/0/punycode").asString())
                    .matches("[a-z0-9.-]+");
              }
            });
  }

  @Test
  void any_owner_field_on_create_gets_a_domain_or_a_known_refusal() {
    Gen<String> fields =
        oneOf(
            "ownerContactType",
            "ownerContactFirstName",
            "ownerContactLastName",
            "ownerContactOrgName",
            "ownerContactIdentNumber",
            "ownerContactEmail",
            "ownerContactPhone",
            "ownerContactFax",
            "ownerContactAddress",
            "ownerContactPostalCode",
            "ownerContactCity",
            "ownerContactState",
            "ownerContactCountry",
            "ownerContactID");
    Gen<Integer> serial = integers().between(0, 1_000_000);
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(fields, anyText(60), serial, encodings())
        .checkAssert(
            (field, value, n, encoding) -> {
              Map<String, String> create = owner(field, value);
              create.put("domain", "tienda-" + n + ".com");
              JsonNode envelope = sendAndCheck(encoding, "domain/create", create);
              int code = envelope.path("errorCode").asInt();
              assertThat(code).isIn(0, 105, 3001, 3002, 2010);
            });
  }

  @Test
  void any_phone_is_taken_exactly_when_it_has_the_cc_dot_number_form() {
    Gen<String> phones =
        Generate.oneOf(
            stringsOf("0123456789", 0, 4)
                .zip(stringsOf("0123456789", 0, 16), (cc, n) -> "+" + cc + "." + n),
            stringsOf("+.0123456789 -()x", 0, 20),
            anyText(20));
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(phones, encodings())
        .checkAssert(
            (phone, encoding) -> {
              Map<String, String> contact = new LinkedHashMap<>();
              WireFixture.OWNER.forEach(
                  (k, v) -> contact.put(k.substring("ownerContact".length()), v));
              contact.put("Phone", phone);
              JsonNode envelope = sendAndCheck(encoding, "contact/create", contact);
              // the SDK's form, a country code of 1-3 digits, at most 15 digits (E.164)
              String sent = phone.strip();
              boolean wellFormed =
                  sent.matches("\\+[0-9]{1,3}\\.[0-9]+") && sent.length() - 2 <= 15;
              assertThat(envelope.path("success").asBoolean()).as(phone).isEqualTo(wellFormed);
            });
  }

  @Test
  void any_contact_data_gets_a_contact_or_a_3002_naming_the_field() {
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
        .withExamples(200)
        .forAll(fields, anyText(50), encodings())
        .checkAssert(
            (field, value, encoding) -> {
              Map<String, String> contact = new LinkedHashMap<>();
              WireFixture.OWNER.forEach(
                  (k, v) -> contact.put(k.substring("ownerContact".length()), v));
              contact.put(field, value);
              JsonNode envelope = sendAndCheck(encoding, "contact/create", contact);
              if (!envelope.path("success").asBoolean()) {
                assertThat(envelope.path("errorCode").asInt()).isEqualTo(3002);
                assertThat(envelope.path("messages").get(0).asString()).contains(field);
              }
            });
  }

  @Test
  void any_curexpdate_gets_a_known_answer_and_only_the_current_expiry_renews() {
    Gen<String> dates =
        Generate.oneOf(
            anyText(16),
            integers()
                .between(18_000, 25_000)
                .map(day -> LocalDate.ofEpochDay(day).toString())
                .zip(Generate.booleans(), (iso, compact) -> compact ? iso.replace("-", "") : iso),
            oneOf("2027-03-02", "20270302", "2027-3-2", "2027-02-30", "0000-00-00", "2027-03-02 "));
    qt().withFixedSeed(SEED)
        .withExamples(150)
        .forAll(dates, encodings())
        .checkAssert(
            (date, encoding) -> {
              String expiry =
                  fixture
                      .send(encoding, "domain/getinfo", Map.of("domain", "tienda-ana.com"))
                      .json()
                      .at("/responseData/tsExpir")
                      .asString();
              JsonNode envelope =
                  sendAndCheck(
                      encoding,
                      "domain/renew",
                      Map.of("domain", "tienda-ana.com", "curExpDate", date));
              String given = date.strip();
              boolean current = given.equals(expiry) || given.equals(expiry.replace("-", ""));
              int code = envelope.path("errorCode").asInt();
              if (current) {
                // renewed, or refused once the expiry would pass the ten-year horizon
                assertThat(code).as(date).isIn(0, 2101);
              } else {
                assertThat(code).as(date).isNotZero();
              }
            });
  }

  @Test
  void any_date_of_birth_gets_a_known_answer() {
    Gen<String> dates =
        Generate.oneOf(
            anyText(12),
            integers().between(-5_000, 30_000).map(day -> LocalDate.ofEpochDay(day).toString()));
    Gen<Integer> serial = integers().between(0, 1_000_000);
    qt().withFixedSeed(SEED)
        .withExamples(150)
        .forAll(dates, serial, encodings())
        .checkAssert(
            (date, n, encoding) -> {
              Map<String, String> create = owner("ownerContactType", "individual");
              create.put("domain", "magazin-" + n + ".ru");
              create.put("ownerDateOfBirth", date);
              create.put("ruIssuer", "OVD Tverskoy");
              create.put("ruIssuerDate", "2001-02-03");
              int code = sendAndCheck(encoding, "domain/create", create).path("errorCode").asInt();
              assertThat(code).isIn(0, 101, 105, 2010);
            });
  }
}
