package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InfoTest {
  private final EngineFixture sandbox = EngineFixture.empty();
  private int id;

  @BeforeEach
  void domain() {
    id = sandbox.createActive("info.com").get("domains").get(0).get("domainID").asInt();
  }

  private static void assertBase(JsonNode node) {
    assertThat(node.get("name").asString()).isEqualTo("info.com");
    assertThat(node.get("status").asString()).isEqualTo("active");
    assertThat(node.get("tld").asString()).isEqualTo("com");
    assertThat(node.get("tsExpir").asString()).isEqualTo("2027-03-02");
    assertThat(node.get("domainID").isInt()).isTrue();
  }

  @Test
  void status_is_the_default_and_has_every_field_with_its_type() {
    JsonNode info = sandbox.call("domain/getinfo", "domain", "info.com");
    assertBase(info);
    assertThat(info.get("tsCreate").asString()).isEqualTo("2026-03-02");
    for (String flag :
        new String[] {
          "renewable",
          "modifyBlock",
          "transferBlock",
          "whoisPrivacy",
          "viewWhois",
          "authcodeCheck",
          "serviceAssociated"
        }) {
      assertThat(info.get(flag).isBoolean()).as(flag).isTrue();
    }
    assertThat(info.get("renewalMode").asString()).isEqualTo("autorenew");
    assertThat(info.get("tag").isString()).isTrue();
    assertThat(info.get("ownerverification").asString()).isEqualTo("inprocess");
    assertThat(sandbox.call("domain/getinfo", "domain", "info.com", "infoType", "STATUS"))
        .isEqualTo(info);
  }

  @Test
  void by_id_and_by_a_numeric_domain_parameter() {
    assertBase(sandbox.call("domain/getinfo", "domainID", String.valueOf(id)));
    assertBase(sandbox.call("domain/getinfo", "domain", String.valueOf(id)));
  }

  @Test
  void contact_info_has_four_full_contact_objects() {
    JsonNode info = sandbox.call("domain/getinfo", "domain", "info.com", "infoType", "contact");
    assertBase(info);
    for (String role :
        new String[] {"contactOwner", "contactAdmin", "contactTech", "contactBilling"}) {
      JsonNode contact = info.get(role);
      for (String key :
          new String[] {
            "contactID",
            "contactType",
            "firstName",
            "lastName",
            "orgName",
            "orgType",
            "identNumber",
            "email",
            "phone",
            "fax",
            "address",
            "postalCode",
            "city",
            "state",
            "country",
            "verificationstatus"
          }) {
        assertThat(contact.get(key).isString()).as(role + "." + key).isTrue();
      }
      assertThat(contact.get("daaccepted").isBoolean()).isTrue();
    }
    assertThat(info.get("contactOwner").get("email").asString()).isEqualTo("ana@example.org");
  }

  @Test
  void authcode_nameservers_service_glue_and_dnssec_and_their_aliases() {
    String authcode =
        sandbox
            .call("domain/getinfo", "domain", "info.com", "infoType", "authcode")
            .get("authcode")
            .asString();
    assertThat(authcode).hasSizeGreaterThanOrEqualTo(8);
    assertThat(sandbox.call("domain/getauthcode", "domain", "info.com").get("authcode").asString())
        .isEqualTo(authcode);
    JsonNode ns = sandbox.call("domain/getinfo", "domain", "info.com", "infoType", "nameservers");
    assertBase(ns);
    assertThat(ns.get("nameservers").get(0).has("ipv4")).isTrue();
    assertThat(sandbox.call("domain/getnameservers", "domain", "info.com")).isEqualTo(ns);
    JsonNode service = sandbox.call("domain/getinfo", "domain", "info.com", "infoType", "service");
    assertThat(service.get("service").isObject()).isTrue();
    JsonNode glue = sandbox.call("domain/getgluerecords", "domain", "info.com");
    assertThat(glue.get("gluerecords").isArray()).isTrue();
    assertThat(glue)
        .isEqualTo(sandbox.call("domain/getinfo", "domain", "info.com", "infoType", "gluerecords"));
    JsonNode dnssec = sandbox.call("domain/getdnssec", "domain", "info.com");
    assertThat(dnssec.get("dnssec").isArray()).isTrue();
    assertThat(dnssec)
        .isEqualTo(sandbox.call("domain/getinfo", "domain", "info.com", "infoType", "dnssec"));
  }

  @Test
  void an_unknown_info_type_is_105() {
    ApiError error = sandbox.fail("domain/getinfo", "domain", "info.com", "infoType", "everything");
    assertThat(error.code()).isEqualTo(ErrorCodes.INVALID_PARAMETER);
    assertThat(error.messages().get(0)).contains("infoType");
  }

  @Test
  void a_selector_is_required() {
    ApiError error = sandbox.fail("domain/getinfo");
    assertThat(error.code()).isEqualTo(ErrorCodes.PARAMETER_FAULT);
    assertThat(error.messages().get(0)).contains("domain");
  }

  @Test
  void contacts_verify_a_day_after_creation() {
    sandbox.advanceDays(1);
    JsonNode info = sandbox.call("domain/getinfo", "domain", "info.com");
    assertThat(info.get("ownerverification").asString()).isEqualTo("verified");
  }
}
