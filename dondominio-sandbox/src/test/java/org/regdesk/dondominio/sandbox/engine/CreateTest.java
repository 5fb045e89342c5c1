package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class CreateTest {
  private final EngineFixture sandbox = EngineFixture.empty();

  @Test
  void create_charges_and_starts_in_register_init_with_an_unknown_expiry() {
    JsonNode created = sandbox.create("example-shop.com", "period", "2");
    assertThat(created.get("billing").get("total").decimalValue()).isEqualByComparingTo("19.90");
    assertThat(created.get("billing").get("currency").asString()).isEqualTo("EUR");
    JsonNode item = created.get("domains").get(0);
    assertThat(item.get("name").asString()).isEqualTo("example-shop.com");
    assertThat(item.get("status").asString()).isEqualTo("register-init");
    assertThat(item.get("tld").asString()).isEqualTo("com");
    assertThat(item.get("tsExpir").asString()).isEmpty();
    assertThat(item.get("domainID").isInt()).isTrue();
    assertThat(item.get("period").isInt()).isTrue();
    assertThat(item.get("period").asInt()).isEqualTo(2);
    assertThat(sandbox.balance()).isEqualByComparingTo("980.10");
    JsonNode state = sandbox.state("example-shop.com");
    assertThat(state.get("operations").get("created").asInt()).isEqualTo(1);
    assertThat(state.get("charges").get(0).get("amount").decimalValue())
        .isEqualByComparingTo("19.90");
  }

  @Test
  void the_default_period_is_the_zones_first() {
    JsonNode item = sandbox.create("shop.com.es").get("domains").get(0);
    assertThat(item.get("period").asInt()).isEqualTo(1);
    assertThat(item.get("tld").asString()).isEqualTo("com.es");
  }

  @Test
  void an_idn_is_registered_under_its_utf8_name() {
    JsonNode item = sandbox.create("xn--mnchen-shop-thb.com").get("domains").get(0);
    assertThat(item.get("name").asString()).isEqualTo("münchen-shop.com");
    assertThat(sandbox.status("münchen-shop.com")).isEqualTo("register-init");
  }

  @Test
  void taken_names_are_2010_and_nothing_is_charged() {
    assertThat(sandbox.fail("domain/create", EngineFixture.owner("domain", "google.com")).code())
        .isEqualTo(ErrorCodes.CREATE_TAKEN);
    sandbox.create("mine.com");
    assertThat(sandbox.fail("domain/create", EngineFixture.owner("domain", "mine.com")).code())
        .isEqualTo(ErrorCodes.CREATE_TAKEN);
    sandbox.engine.addForeignDomain(EngineFixture.control("domain", "theirs.com", "authcode", "x"));
    assertThat(sandbox.fail("domain/create", EngineFixture.owner("domain", "theirs.com")).code())
        .isEqualTo(ErrorCodes.CREATE_TAKEN);
    assertThat(sandbox.balance()).isEqualByComparingTo("990.05");
  }

  @Test
  void premium_names_need_the_premium_flag_and_cost_the_premium_price() {
    ApiError refused = sandbox.fail("domain/create", EngineFixture.owner("domain", "vip.es"));
    assertThat(refused.code()).isEqualTo(ErrorCodes.CREATE_PREMIUM);
    assertThat(refused.messages().get(0)).contains("950.00").contains("premium=1");
    assertThat(sandbox.engine.domainState("vip.es")).isEmpty();
    JsonNode created = sandbox.create("vip.es", "premium", "1");
    assertThat(created.get("billing").get("total").decimalValue()).isEqualByComparingTo("950.00");
  }

  @Test
  void insufficient_balance_is_1100_and_changes_nothing() {
    EngineFixture poor = EngineFixture.withBalance("5.00");
    String before = poor.engine.exportState().toString();
    ApiError error = poor.fail("domain/create", EngineFixture.owner("domain", "cheap.com"));
    assertThat(error.code()).isEqualTo(ErrorCodes.INSUFFICIENT_BALANCE);
    assertThat(poor.engine.domainState("cheap.com")).isEmpty();
    assertThat(poor.call("contact/list").get("queryInfo").get("total").asInt()).isZero();
    assertThat(poor.engine.exportState().toString()).isEqualTo(before);
  }

  @Test
  void a_period_the_zone_does_not_sell_is_105_naming_period() {
    ApiError error =
        sandbox.fail("domain/create", EngineFixture.owner("domain", "uno.it", "period", "2"));
    assertThat(error.code()).isEqualTo(ErrorCodes.INVALID_PARAMETER);
    assertThat(error.messages().get(0)).contains("period");
    assertThat(
            sandbox
                .fail("domain/create", EngineFixture.owner("domain", "x.com", "period", "abc"))
                .code())
        .isEqualTo(ErrorCodes.INVALID_PARAMETER);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "ns1.example.net",
        "ns1.a.net,ns2.a.net,ns3.a.net,ns4.a.net,ns5.a.net,ns6.a.net,ns7.a.net,ns8.a.net",
        "ns1.a.net,ns1.a.net",
        "ns1.a.net,not a host",
        "ns1.a.net,192.0.2.1",
        "keepns",
        "default"
      })
  void bad_nameserver_lists_are_105_naming_nameservers(String nameservers) {
    ApiError error =
        sandbox.fail(
            "domain/create",
            EngineFixture.owner("domain", "ns-test.com", "nameservers", nameservers));
    assertThat(error.code()).isEqualTo(ErrorCodes.INVALID_PARAMETER);
    assertThat(error.messages().get(0)).contains("nameservers");
  }

  @Test
  void nameservers_default_to_parking_and_empty_items_are_dropped() {
    sandbox.create("parked.com");
    JsonNode parked = sandbox.call("domain/getnameservers", "domain", "parked.com");
    assertThat(parked.get("defaultNS").asBoolean()).isTrue();
    sandbox.create("own-dns.com", "nameservers", "ns1.host.net,ns2.host.net,,,");
    JsonNode own = sandbox.call("domain/getnameservers", "domain", "own-dns.com");
    assertThat(own.get("defaultNS").asBoolean()).isFalse();
    assertThat(own.get("nameservers")).hasSize(2);
    assertThat(own.get("nameservers").get(1).get("order").asInt()).isEqualTo(2);
    assertThat(own.get("nameservers").get(1).get("name").asString()).isEqualTo("ns2.host.net");
  }

  @Test
  void the_owner_is_required() {
    ApiError error = sandbox.fail("domain/create", "domain", "noowner.com");
    assertThat(error.code()).isEqualTo(ErrorCodes.PARAMETER_FAULT);
    assertThat(error.messages().get(0)).contains("ownerContactID");
  }

  @ParameterizedTest
  @CsvSource({
    "ownerContactType, robot",
    "ownerContactEmail, not-an-email",
    "ownerContactEmail, a@b",
    "ownerContactPhone, 600111222",
    "ownerContactPhone, +34 600 111 222",
    "ownerContactCountry, Spain",
    "ownerContactCountry, XX",
    "ownerContactFirstName, ''",
    "ownerContactPostalCode, '#$%'"
  })
  void bad_contact_data_is_3002_naming_the_field(String field, String value) {
    String[] params = EngineFixture.owner("domain", "contact-test.com");
    for (int i = 0; i < params.length; i += 2) {
      if (params[i].equals(field)) {
        params[i + 1] = value;
      }
    }
    ApiError error = sandbox.fail("domain/create", params);
    assertThat(error.code()).isEqualTo(ErrorCodes.CONTACT_DATA_ERROR);
    assertThat(error.messages().get(0)).contains(field);
    assertThat(sandbox.balance()).isEqualByComparingTo("1000.00");
  }

  @Test
  void organisations_need_a_name_and_in_spanish_zones_a_legal_form() {
    ApiError noOrgName =
        sandbox.fail(
            "domain/create",
            EngineFixture.owner("domain", "org-test.com", "ownerContactType", "organization"));
    assertThat(noOrgName.code()).isEqualTo(ErrorCodes.CONTACT_DATA_ERROR);
    assertThat(noOrgName.messages().get(0)).contains("ownerContactOrgName");
    ApiError noOrgType =
        sandbox.fail(
            "domain/create",
            EngineFixture.owner(
                "domain",
                "empresa.es",
                "ownerContactType",
                "organization",
                "ownerContactOrgName",
                "Talleres Garcia S.L."));
    assertThat(noOrgType.messages().get(0)).contains("ownerContactOrgType");
    sandbox.create(
        "empresa.es",
        "ownerContactType",
        "organization",
        "ownerContactOrgName",
        "Talleres Garcia S.L.",
        "ownerContactOrgType",
        "612");
    sandbox.create(
        "company.com", "ownerContactType", "organization", "ownerContactOrgName", "Acme Ltd");
  }

  @Test
  void contact_ids_are_checked() {
    ApiError unknown =
        sandbox.fail("domain/create", "domain", "by-id.com", "ownerContactID", "ABC-999");
    assertThat(unknown.code()).isEqualTo(ErrorCodes.CONTACT_NOT_EXISTS);
    assertThat(unknown.messages().get(0)).contains("ownerContactID");
    ApiError malformed =
        sandbox.fail("domain/create", "domain", "by-id.com", "ownerContactID", "not an id");
    assertThat(malformed.code()).isEqualTo(ErrorCodes.INVALID_PARAMETER);
  }

  @Test
  void identical_inline_data_reuses_one_contact_and_roles_default_to_the_owner() {
    sandbox.create("first.com");
    sandbox.create("second.com");
    JsonNode first = sandbox.call("domain/getinfo", "domain", "first.com", "infoType", "contact");
    JsonNode second = sandbox.call("domain/getinfo", "domain", "second.com", "infoType", "contact");
    String owner = first.get("contactOwner").get("contactID").asString();
    assertThat(owner).matches("[A-Z]{3}-[0-9]+");
    assertThat(second.get("contactOwner").get("contactID").asString()).isEqualTo(owner);
    assertThat(first.get("contactAdmin").get("contactID").asString()).isEqualTo(owner);
    assertThat(first.get("contactTech").get("contactID").asString()).isEqualTo(owner);
    assertThat(first.get("contactBilling").get("contactID").asString()).isEqualTo(owner);
    assertThat(sandbox.call("contact/list").get("queryInfo").get("total").asInt()).isEqualTo(1);
  }

  @Test
  void an_existing_contact_can_be_named_by_id_and_wins_over_inline_fields() {
    String id =
        sandbox
            .call(
                "contact/create",
                "Type",
                "individual",
                "FirstName",
                "Luis",
                "LastName",
                "Perez",
                "IdentNumber",
                "X1234567L",
                "Email",
                "luis@example.org",
                "Phone",
                "+34.911222333",
                "Address",
                "Gran Via 2",
                "PostalCode",
                "28013",
                "City",
                "Madrid",
                "State",
                "Madrid",
                "Country",
                "ES")
            .get("contactID")
            .asString();
    sandbox.create(
        "by-id.com", "ownerContactID", id, "techContactID", id.toLowerCase(java.util.Locale.ROOT));
    JsonNode contacts =
        sandbox.call("domain/getinfo", "domain", "by-id.com", "infoType", "contact");
    assertThat(contacts.get("contactOwner").get("contactID").asString()).isEqualTo(id);
    assertThat(contacts.get("contactTech").get("contactID").asString()).isEqualTo(id);
  }

  @Test
  void zones_with_extra_fields_require_them() {
    ApiError ru = sandbox.fail("domain/create", EngineFixture.owner("domain", "privet.ru"));
    assertThat(ru.code()).isEqualTo(ErrorCodes.PARAMETER_FAULT);
    assertThat(ru.messages().get(0)).contains("ownerDateOfBirth");
    ApiError issuer =
        sandbox.fail(
            "domain/create",
            EngineFixture.owner("domain", "privet.ru", "ownerDateOfBirth", "1980-05-01"));
    assertThat(issuer.messages().get(0)).contains("ruIssuer");
    ApiError badDate =
        sandbox.fail(
            "domain/create",
            EngineFixture.owner(
                "domain",
                "privet.ru",
                "ownerDateOfBirth",
                "01/05/1980",
                "ruIssuer",
                "MVD",
                "ruIssuerDate",
                "2001-01-01"));
    assertThat(badDate.code()).isEqualTo(ErrorCodes.INVALID_PARAMETER);
    assertThat(badDate.messages().get(0)).contains("ownerDateOfBirth");
    sandbox.create(
        "privet.ru",
        "ownerDateOfBirth",
        "1980-05-01",
        "ruIssuer",
        "MVD",
        "ruIssuerDate",
        "2001-01-01");
    assertThat(sandbox.state("privet.ru").get("extras").get("ruIssuer").asString())
        .isEqualTo("MVD");
    assertThat(
            sandbox
                .fail("domain/create", EngineFixture.owner("domain", "x.aero"))
                .messages()
                .get(0))
        .contains("aeroId");
    assertThat(
            sandbox.fail("domain/create", EngineFixture.owner("domain", "x.cat")).messages().get(0))
        .contains("domainIntendedUse");
    assertThat(
            sandbox
                .fail("domain/create", EngineFixture.owner("domain", "x.lawyer"))
                .messages()
                .get(0))
        .contains("coreContactInfo");
    sandbox.create("x.cat", "domainIntendedUse", "A Catalan bakery");
  }
}
