package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ContactTest {
  private final EngineFixture sandbox = EngineFixture.empty();

  private static String[] contact(String... overrides) {
    String[] base = {
      "Type",
      "organization",
      "FirstName",
      "Laura",
      "LastName",
      "Ruiz",
      "OrgName",
      "Ruiz Abogados S.L.",
      "IdentNumber",
      "B12345678",
      "Email",
      "laura@ruiz.es",
      "Phone",
      "+34.915556677",
      "Address",
      "Calle Alcala 10\r\n2B",
      "PostalCode",
      "28014",
      "City",
      "Madrid",
      "State",
      "Madrid",
      "Country",
      "ES"
    };
    for (int o = 0; o < overrides.length; o += 2) {
      for (int i = 0; i < base.length; i += 2) {
        if (base[i].equals(overrides[o])) {
          base[i + 1] = overrides[o + 1];
        }
      }
    }
    return base;
  }

  @Test
  void create_returns_the_new_contact_and_getinfo_finds_it() {
    JsonNode created = sandbox.call("contact/create", contact());
    String id = created.get("contactID").asString();
    assertThat(id).matches("[A-Z]{3}-[0-9]+");
    assertThat(created.get("contactType").asString()).isEqualTo("organization");
    assertThat(created.get("orgName").asString()).isEqualTo("Ruiz Abogados S.L.");
    assertThat(created.get("verificationstatus").asString()).isEqualTo("inprocess");
    assertThat(created.get("daaccepted").asBoolean()).isFalse();
    JsonNode info =
        sandbox.call("contact/getinfo", "contactID", id.toLowerCase(java.util.Locale.ROOT));
    assertThat(info).isEqualTo(created);
    assertThat(sandbox.call("contact/getinfo", "contactID", id, "infoType", "data"))
        .isEqualTo(created);
    // an explicit create always makes a new contact
    assertThat(sandbox.call("contact/create", contact()).get("contactID").asString())
        .isNotEqualTo(id);
  }

  @Test
  void create_validates_each_field_naming_it() {
    String[][] cases = {
      {"Type", "company"}, {"FirstName", ""}, {"OrgName", ""}, {"Email", "laura@"},
      {"Phone", "+34-915556677"}, {"Country", "ESP"}, {"City", ""}, {"IdentNumber", ""}
    };
    for (String[] c : cases) {
      ApiError error = sandbox.fail("contact/create", contact(c[0], c[1]));
      assertThat(error.code()).as(c[0]).isEqualTo(ErrorCodes.CONTACT_DATA_ERROR);
      assertThat(error.messages().get(0)).as(c[0]).contains(c[0]);
    }
    assertThat(sandbox.call("contact/list").get("queryInfo").get("total").asInt()).isZero();
  }

  @Test
  void phones_are_the_sdk_form_within_e164_limits() {
    for (String phone : new String[] {"+1.123", "+34.915556677", "+999.123456789012", "+1.5"}) {
      JsonNode created = sandbox.call("contact/create", contact("Phone", phone));
      assertThat(created.get("phone").asString()).isEqualTo(phone);
    }
    for (String phone :
        new String[] {
          "+1234.5678", // a country code of four digits
          "+34.91555667712345", // 16 digits in all
          "+34.", // no number
          "+.915556677", // no country code
          "34.915556677", // no plus
          "+34 915556677", // no dot
          "+34.91-555"
        }) {
      ApiError error = sandbox.fail("contact/create", contact("Phone", phone));
      assertThat(error.code()).as(phone).isEqualTo(ErrorCodes.CONTACT_DATA_ERROR);
      assertThat(error.messages().get(0))
          .isEqualTo(
              "Contact data error: Phone must be +CC.NNN: a plus, a country code of 1-3 digits, a"
                  + " dot and the number, at most 15 digits in all, e.g. +34.912345678");
    }
    String[] base = contact();
    String[] withFax = java.util.Arrays.copyOf(base, base.length + 2);
    withFax[base.length] = "Fax";
    withFax[base.length + 1] = "+1234.5";
    ApiError fax = sandbox.fail("contact/create", withFax);
    assertThat(fax.messages().get(0)).startsWith("Contact data error: Fax must be +CC.NNN");
  }

  @Test
  void getinfo_errors() {
    assertThat(sandbox.fail("contact/getinfo", "contactID", "ZZZ-1").code())
        .isEqualTo(ErrorCodes.CONTACT_NOT_EXISTS);
    assertThat(sandbox.fail("contact/getinfo", "contactID", "nope").code())
        .isEqualTo(ErrorCodes.INVALID_PARAMETER);
    assertThat(sandbox.fail("contact/getinfo").code()).isEqualTo(ErrorCodes.PARAMETER_FAULT);
    String id = sandbox.call("contact/create", contact()).get("contactID").asString();
    assertThat(sandbox.fail("contact/getinfo", "contactID", id, "infoType", "domains").code())
        .isEqualTo(ErrorCodes.INVALID_PARAMETER);
  }

  @Test
  void list_filters_by_every_field() {
    sandbox.call("contact/create", contact());
    sandbox.call(
        "contact/create",
        contact(
            "Type",
            "individual",
            "FirstName",
            "Pau",
            "Email",
            "pau@x.cat",
            "Country",
            "ad",
            "IdentNumber",
            "AD123"));
    sandbox.call(
        "contact/create",
        contact(
            "Type",
            "individual",
            "FirstName",
            "Eva",
            "LastName",
            "Soler",
            "Email",
            "laura@ruiz.es"));
    JsonNode all = sandbox.call("contact/list");
    assertThat(all.get("queryInfo").get("total").asInt()).isEqualTo(3);
    JsonNode first = all.get("contacts").get(0);
    assertThat(first.get("contactName").asString()).isEqualTo("Ruiz Abogados S.L.");
    assertThat(first.get("daaccepted").isBoolean()).isTrue();
    assertThat(
            sandbox
                .call("contact/list", "email", "LAURA@ruiz.es")
                .get("queryInfo")
                .get("total")
                .asInt())
        .isEqualTo(2);
    assertThat(
            sandbox
                .call("contact/list", "name", "soler")
                .get("contacts")
                .get(0)
                .get("contactName")
                .asString())
        .isEqualTo("Eva Soler");
    assertThat(sandbox.call("contact/list", "country", "AD").get("queryInfo").get("total").asInt())
        .isEqualTo(1);
    assertThat(
            sandbox
                .call("contact/list", "identNumber", "ad123")
                .get("queryInfo")
                .get("total")
                .asInt())
        .isEqualTo(1);
    assertThat(
            sandbox
                .call("contact/list", "verificationstatus", "inprocess")
                .get("queryInfo")
                .get("total")
                .asInt())
        .isEqualTo(3);
    assertThat(
            sandbox.call("contact/list", "daaccepted", "1").get("queryInfo").get("total").asInt())
        .isZero();
    sandbox.advanceDays(1);
    assertThat(
            sandbox.call("contact/list", "daaccepted", "1").get("queryInfo").get("total").asInt())
        .isEqualTo(3);
    assertThat(sandbox.call("contact/list", "pageLength", "2", "page", "2").get("contacts"))
        .hasSize(1);
    assertThat(sandbox.fail("contact/list", "verificationstatus", "ok").messages().get(0))
        .contains("verificationstatus");
  }

  @Test
  void resending_verification_restarts_it_for_contacts_not_yet_verified() {
    EngineFixture seeded = EngineFixture.seeded(400, 11);
    JsonNode failed = seeded.call("contact/list", "verificationstatus", "failed");
    assertThat(failed.get("queryInfo").get("total").asInt()).isPositive();
    String id = failed.get("contacts").get(0).get("contactID").asString();
    JsonNode resent = seeded.call("contact/resendverificationmail", "contactID", id);
    assertThat(resent.get("verificationstatus").asString()).isEqualTo("inprocess");
    seeded.advanceDays(1);
    assertThat(seeded.call("contact/getinfo", "contactID", id).get("verificationstatus").asString())
        .isEqualTo("verified");
    assertThat(seeded.fail("contact/resendverificationmail", "contactID", "QQQ-1").code())
        .isEqualTo(ErrorCodes.CONTACT_NOT_EXISTS);
  }

  @Test
  void domain_resendverificationmail_acts_on_the_owner() {
    sandbox.createActive("verify.com");
    JsonNode response = sandbox.call("domain/resendverificationmail", "domain", "verify.com");
    assertThat(response.get("name").asString()).isEqualTo("verify.com");
    assertThat(response.get("ownerverification").asString()).isEqualTo("inprocess");
    assertThat(sandbox.call("domain/gethistory", "domain", "verify.com").toString())
        .contains("Verification mail");
  }
}
