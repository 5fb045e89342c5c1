package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class UpdateTest {
  private final EngineFixture sandbox = EngineFixture.empty();

  @BeforeEach
  void activeDomains() {
    sandbox.createActive("update-me.com");
    sandbox.createActive("sin-bloqueo.es");
  }

  private JsonNode status(String domain) {
    return sandbox.call("domain/getinfo", "domain", domain, "infoType", "status");
  }

  @Test
  void every_flag_update_type_changes_what_getinfo_shows() {
    JsonNode response =
        sandbox.call(
            "domain/update",
            "domain",
            "update-me.com",
            "updateType",
            "whoisPrivacy",
            "whoisPrivacy",
            "1");
    assertThat(response.get("name").asString()).isEqualTo("update-me.com");
    assertThat(response.get("domainID").isInt()).isTrue();
    assertThat(status("update-me.com").get("whoisPrivacy").asBoolean()).isTrue();
    sandbox.call(
        "domain/update",
        "domain",
        "update-me.com",
        "updateType",
        "transferBlock",
        "transferBlock",
        "");
    assertThat(status("update-me.com").get("transferBlock").asBoolean()).isFalse();
    sandbox.call(
        "domain/update",
        "domain",
        "update-me.com",
        "updateType",
        "viewWhois",
        "viewWhois",
        "false");
    assertThat(status("update-me.com").get("viewWhois").asBoolean()).isFalse();
    sandbox.call(
        "domain/update",
        "domain",
        "update-me.com",
        "updateType",
        "renewalMode",
        "renewalMode",
        "letexpire");
    assertThat(status("update-me.com").get("renewalMode").asString()).isEqualTo("letexpire");
    sandbox.call(
        "domain/update", "domain", "update-me.com", "updateType", "tag", "tag", "client-a,vip");
    assertThat(status("update-me.com").get("tag").asString()).isEqualTo("client-a,vip");
    sandbox.call("domain/update", "domain", "update-me.com", "updateType", "tag", "tag", "");
    assertThat(status("update-me.com").get("tag").asString()).isEmpty();
  }

  @Test
  void the_modification_lock_blocks_every_other_update_with_2202() {
    sandbox.call("domain/update", "domain", "update-me.com", "updateType", "block", "block", "1");
    assertThat(status("update-me.com").get("modifyBlock").asBoolean()).isTrue();
    String[][] updates = {
      {"updateType", "whoisPrivacy", "whoisPrivacy", "1"},
      {"updateType", "renewalMode", "renewalMode", "manual"},
      {"updateType", "nameservers", "nameservers", "ns1.a.net,ns2.a.net"},
      {"updateType", "transferBlock", "transferBlock", "0"},
      {"updateType", "tag", "tag", "x"},
      {"updateType", "contact", "adminContactID", "ABC-1"}
    };
    for (String[] update : updates) {
      ApiError error =
          sandbox.fail(
              "domain/update",
              EngineFixture.concat(new String[] {"domain", "update-me.com"}, update));
      assertThat(error.code()).as(update[1]).isEqualTo(ErrorCodes.UPDATE_BLOCKED);
    }
    assertThat(
            sandbox
                .fail(
                    "domain/updatenameservers",
                    "domain",
                    "update-me.com",
                    "nameservers",
                    "ns1.a.net,ns2.a.net")
                .code())
        .isEqualTo(ErrorCodes.UPDATE_BLOCKED);
    assertThat(
            sandbox
                .fail(
                    "domain/gluerecordcreate",
                    "domain",
                    "update-me.com",
                    "name",
                    "ns1.update-me.com",
                    "ipv4",
                    "8.8.8.8")
                .code())
        .isEqualTo(ErrorCodes.UPDATE_BLOCKED);
    sandbox.call("domain/update", "domain", "update-me.com", "updateType", "block", "block", "0");
    sandbox.call(
        "domain/update",
        "domain",
        "update-me.com",
        "updateType",
        "whoisPrivacy",
        "whoisPrivacy",
        "1");
  }

  @Test
  void zones_without_a_transfer_lock_omit_it_and_refuse_it_with_2201() {
    assertThat(status("sin-bloqueo.es").has("transferBlock")).isFalse();
    assertThat(status("update-me.com").get("transferBlock").asBoolean()).isTrue();
    ApiError error =
        sandbox.fail(
            "domain/update",
            "domain",
            "sin-bloqueo.es",
            "updateType",
            "transferBlock",
            "transferBlock",
            "1");
    assertThat(error.code()).isEqualTo(ErrorCodes.UPDATE_NOT_ALLOWED);
  }

  @Test
  void bad_update_parameters_name_the_field() {
    ApiError type =
        sandbox.fail("domain/update", "domain", "update-me.com", "updateType", "colour");
    assertThat(type.code()).isEqualTo(ErrorCodes.INVALID_PARAMETER);
    assertThat(type.messages().get(0)).contains("updateType");
    ApiError missingType = sandbox.fail("domain/update", "domain", "update-me.com");
    assertThat(missingType.code()).isEqualTo(ErrorCodes.PARAMETER_FAULT);
    ApiError flag =
        sandbox.fail(
            "domain/update",
            "domain",
            "update-me.com",
            "updateType",
            "whoisPrivacy",
            "whoisPrivacy",
            "maybe");
    assertThat(flag.code()).isEqualTo(ErrorCodes.INVALID_PARAMETER);
    assertThat(flag.messages().get(0)).contains("whoisPrivacy");
    ApiError flagMissing =
        sandbox.fail("domain/update", "domain", "update-me.com", "updateType", "block");
    assertThat(flagMissing.code()).isEqualTo(ErrorCodes.PARAMETER_FAULT);
    assertThat(flagMissing.messages().get(0)).contains("block");
    ApiError mode =
        sandbox.fail(
            "domain/update",
            "domain",
            "update-me.com",
            "updateType",
            "renewalMode",
            "renewalMode",
            "sometimes");
    assertThat(mode.messages().get(0)).contains("renewalMode");
    ApiError tag = sandbox.fail("domain/update", "domain", "update-me.com", "updateType", "tag");
    assertThat(tag.code()).isEqualTo(ErrorCodes.PARAMETER_FAULT);
  }

  @Test
  void nameservers_update_with_a_list_or_default_and_counts_are_checked() {
    sandbox.call(
        "domain/updatenameservers",
        "domain",
        "update-me.com",
        "nameservers",
        "ns1.new.net, ns2.new.net");
    JsonNode ns = sandbox.call("domain/getnameservers", "domain", "update-me.com");
    assertThat(ns.get("defaultNS").asBoolean()).isFalse();
    assertThat(ns.get("nameservers").get(0).get("name").asString()).isEqualTo("ns1.new.net");
    assertThat(ns.get("nameservers").get(0).get("order").isInt()).isTrue();
    sandbox.call(
        "domain/update",
        "domain",
        "update-me.com",
        "updateType",
        "nameservers",
        "nameservers",
        "default");
    assertThat(
            sandbox
                .call("domain/getnameservers", "domain", "update-me.com")
                .get("defaultNS")
                .asBoolean())
        .isTrue();
    assertThat(
            sandbox
                .fail(
                    "domain/updatenameservers",
                    "domain",
                    "update-me.com",
                    "nameservers",
                    "ns1.only.net")
                .code())
        .isEqualTo(ErrorCodes.INVALID_PARAMETER);
    assertThat(
            sandbox
                .fail(
                    "domain/updatenameservers",
                    "domain",
                    "update-me.com",
                    "nameservers",
                    "a.x.net,b.x.net,c.x.net,d.x.net,e.x.net,f.x.net,g.x.net,h.x.net")
                .code())
        .isEqualTo(ErrorCodes.INVALID_PARAMETER);
    assertThat(
            sandbox
                .fail(
                    "domain/updatenameservers", "domain", "update-me.com", "nameservers", "parking")
                .code())
        .isEqualTo(ErrorCodes.INVALID_PARAMETER);
    assertThat(sandbox.fail("domain/updatenameservers", "domain", "update-me.com").code())
        .isEqualTo(ErrorCodes.PARAMETER_FAULT);
  }

  @Test
  void contacts_update_only_the_roles_given() {
    String before =
        sandbox
            .call("domain/getinfo", "domain", "update-me.com", "infoType", "contact")
            .get("contactOwner")
            .get("contactID")
            .asString();
    sandbox.call(
        "domain/updatecontacts",
        "domain",
        "update-me.com",
        "adminContactType",
        "individual",
        "adminContactFirstName",
        "Jordi",
        "adminContactLastName",
        "Puig",
        "adminContactIdentNumber",
        "87654321X",
        "adminContactEmail",
        "jordi@example.cat",
        "adminContactPhone",
        "+34.933444555",
        "adminContactAddress",
        "Rambla 5",
        "adminContactPostalCode",
        "08002",
        "adminContactCity",
        "Barcelona",
        "adminContactState",
        "Barcelona",
        "adminContactCountry",
        "es");
    JsonNode contacts =
        sandbox.call("domain/getinfo", "domain", "update-me.com", "infoType", "contact");
    assertThat(contacts.get("contactOwner").get("contactID").asString()).isEqualTo(before);
    assertThat(contacts.get("contactAdmin").get("firstName").asString()).isEqualTo("Jordi");
    assertThat(contacts.get("contactAdmin").get("country").asString()).isEqualTo("ES");
    assertThat(contacts.get("contactTech").get("contactID").asString()).isEqualTo(before);
    sandbox.call(
        "domain/update",
        "domain",
        "update-me.com",
        "updateType",
        "contact",
        "techContactID",
        contacts.get("contactAdmin").get("contactID").asString());
    assertThat(
            sandbox
                .call("domain/getinfo", "domain", "update-me.com", "infoType", "contact")
                .get("contactTech")
                .get("firstName")
                .asString())
        .isEqualTo("Jordi");
    assertThat(sandbox.fail("domain/updatecontacts", "domain", "update-me.com").code())
        .isEqualTo(ErrorCodes.PARAMETER_FAULT);
    ApiError bad =
        sandbox.fail(
            "domain/updatecontacts", "domain", "update-me.com", "billingContactType", "individual");
    assertThat(bad.code()).isEqualTo(ErrorCodes.CONTACT_DATA_ERROR);
    assertThat(bad.messages().get(0)).contains("billingContactFirstName");
  }

  @Test
  void transfers_in_progress_and_late_expiry_phases_cannot_be_updated() {
    sandbox.engine.addForeignDomain(
        EngineFixture.control("domain", "incoming.com", "authcode", "a"));
    sandbox.call("domain/transfer", EngineFixture.owner("domain", "incoming.com", "authcode", "a"));
    ApiError error =
        sandbox.fail("domain/update", "domain", "incoming.com", "updateType", "tag", "tag", "x");
    assertThat(error.code()).isEqualTo(ErrorCodes.UPDATE_NOT_ALLOWED);
  }

  @Test
  void updates_are_allowed_while_the_registration_completes() {
    sandbox.create("brand-new.com");
    sandbox.call(
        "domain/update",
        "domain",
        "brand-new.com",
        "updateType",
        "renewalMode",
        "renewalMode",
        "manual");
    assertThat(status("brand-new.com").get("renewalMode").asString()).isEqualTo("manual");
  }
}
