package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TransferTest {
  private final EngineFixture sandbox = EngineFixture.empty();

  private void foreign(String domain, String authcode, String... extra) {
    sandbox.engine.addForeignDomain(
        EngineFixture.control(
            EngineFixture.concat(new String[] {"domain", domain, "authcode", authcode}, extra)));
  }

  @Test
  void a_transfer_with_the_right_code_completes_in_five_days_adding_a_year() {
    foreign("moving.com", "Right#Code+1", "expiry", "2026-10-01");
    JsonNode response =
        sandbox.call(
            "domain/transfer",
            EngineFixture.owner(
                "domain", "moving.com", "authcode", "Right#Code+1", "foacontact", "owner"));
    JsonNode item = response.get("domains").get(0);
    assertThat(item.get("status").asString()).isEqualTo("transfer-init");
    assertThat(item.get("period").asInt()).isEqualTo(1);
    assertThat(response.get("billing").get("total").decimalValue()).isEqualByComparingTo("9.95");
    assertThat(sandbox.balance()).isEqualByComparingTo("990.05");
    sandbox.advanceMinutes(5);
    assertThat(sandbox.status("moving.com")).isEqualTo("transfer-pending");
    sandbox.advanceDays(5);
    JsonNode info = sandbox.call("domain/getinfo", "domain", "moving.com");
    assertThat(info.get("status").asString()).isEqualTo("active");
    assertThat(info.get("tsExpir").asString()).isEqualTo("2027-10-01");
    JsonNode state = sandbox.state("moving.com");
    assertThat(state.get("operations").get("transferred").asInt()).isEqualTo(1);
    assertThat(state.has("foreign")).isFalse();
  }

  @Test
  void a_wrong_code_waits_for_a_restart_with_the_right_one() {
    foreign("stuck.net", "GoodCode");
    sandbox.call(
        "domain/transfer", EngineFixture.owner("domain", "stuck.net", "authcode", "BadCode"));
    sandbox.advanceMinutes(5);
    assertThat(sandbox.status("stuck.net")).isEqualTo("transfer-init");
    assertThat(sandbox.state("stuck.net").get("awaitingAuthcode").asBoolean()).isTrue();
    ApiResult restarted =
        sandbox.result("domain/transferrestart", "domain", "stuck.net", "authcode", "GoodCode");
    assertThat(restarted.messages()).containsExactly("Operation done correctly.");
    assertThat(restarted.responseData().get("status").asString()).isEqualTo("transfer-init");
    sandbox.advanceMinutes(5);
    assertThat(sandbox.status("stuck.net")).isEqualTo("transfer-pending");
    sandbox.advanceDays(5);
    assertThat(sandbox.status("stuck.net")).isEqualTo("active");
    assertThat(sandbox.balance()).isEqualByComparingTo("988.50");
  }

  @Test
  void a_transfer_without_a_code_is_cancelled_and_refunded_after_ten_days() {
    foreign("nocode.org", "Code");
    sandbox.call("domain/transfer", EngineFixture.owner("domain", "nocode.org"));
    assertThat(sandbox.balance()).isEqualByComparingTo("989.05");
    sandbox.advanceDays(10);
    assertThat(sandbox.status("nocode.org")).isEqualTo("transfer-cancel");
    assertThat(sandbox.balance()).isEqualByComparingTo("1000.00");
    JsonNode charges = sandbox.state("nocode.org").get("charges");
    assertThat(charges).hasSize(2);
    assertThat(charges.get(1).get("amount").decimalValue()).isEqualByComparingTo("-10.95");
    // it can be restarted, and is charged again
    sandbox.call("domain/transferrestart", "domain", "nocode.org", "authcode", "Code");
    assertThat(sandbox.balance()).isEqualByComparingTo("989.05");
    sandbox.advanceMinutes(5);
    assertThat(sandbox.status("nocode.org")).isEqualTo("transfer-pending");
  }

  @Test
  void a_cancelled_transfer_can_be_requested_again_as_a_new_transfer() {
    foreign("again.com", "Code");
    int first =
        sandbox
            .call("domain/transfer", EngineFixture.owner("domain", "again.com"))
            .get("domains")
            .get(0)
            .get("domainID")
            .asInt();
    sandbox.advanceDays(10);
    assertThat(sandbox.status("again.com")).isEqualTo("transfer-cancel");
    // the other registrar may change its side meanwhile
    foreign("again.com", "NewCode");
    JsonNode second =
        sandbox
            .call(
                "domain/transfer",
                EngineFixture.owner("domain", "again.com", "authcode", "NewCode"))
            .get("domains")
            .get(0);
    assertThat(second.get("domainID").asInt()).isGreaterThan(first);
    assertThat(sandbox.fail("domain/getinfo", "domainID", String.valueOf(first)).code())
        .isEqualTo(ErrorCodes.DOMAIN_NOT_FOUND);
    sandbox.advanceMinutes(5);
    assertThat(sandbox.status("again.com")).isEqualTo("transfer-pending");
    assertThat(sandbox.state("again.com").get("operations").get("transferred").asInt())
        .isEqualTo(2);
  }

  @Test
  void zones_without_auth_codes_transfer_without_one() {
    foreign("tea.co.uk", "");
    sandbox.call("domain/transfer", EngineFixture.owner("domain", "tea.co.uk"));
    sandbox.advanceMinutes(5);
    assertThat(sandbox.status("tea.co.uk")).isEqualTo("transfer-pending");
  }

  @Test
  void a_domain_already_in_the_account_is_2005_domain_in_the_system() {
    sandbox.create("mine.com");
    ApiError error = sandbox.fail("domain/transfer", EngineFixture.owner("domain", "mine.com"));
    assertThat(error.code()).isEqualTo(ErrorCodes.TRANSFER_NOT_ALLOWED);
    assertThat(String.join("; ", error.messages())).isEqualTo("Domain in the system");
  }

  @Test
  void locked_unregistered_and_brand_names_are_refused_without_a_charge() {
    foreign("locked.com", "x", "locked", "true");
    for (String name : new String[] {"locked.com", "unregistered-name.com", "google.com"}) {
      ApiError error =
          sandbox.fail("domain/transfer", EngineFixture.owner("domain", name, "authcode", "x"));
      assertThat(error.code()).as(name).isEqualTo(ErrorCodes.TRANSFER_NOT_ALLOWED);
    }
    assertThat(sandbox.balance()).isEqualByComparingTo("1000.00");
  }

  @Test
  void keepns_keeps_the_current_nameservers() {
    foreign("keep.com", "k", "nameservers", "ns1.elsewhere.net,ns2.elsewhere.net");
    sandbox.call(
        "domain/transfer",
        EngineFixture.owner("domain", "keep.com", "authcode", "k", "nameservers", "keepns"));
    JsonNode ns = sandbox.call("domain/getnameservers", "domain", "keep.com");
    assertThat(ns.get("nameservers").get(0).get("name").asString()).isEqualTo("ns1.elsewhere.net");
  }

  @Test
  void transfer_validates_foacontact_and_insufficient_balance_changes_nothing() {
    foreign("foa.com", "k");
    ApiError foa =
        sandbox.fail(
            "domain/transfer", EngineFixture.owner("domain", "foa.com", "foacontact", "tech"));
    assertThat(foa.code()).isEqualTo(ErrorCodes.INVALID_PARAMETER);
    assertThat(foa.messages().get(0)).contains("foacontact");
    EngineFixture poor = EngineFixture.withBalance("1.00");
    poor.engine.addForeignDomain(EngineFixture.control("domain", "foa.com", "authcode", "k"));
    assertThat(poor.fail("domain/transfer", EngineFixture.owner("domain", "foa.com")).code())
        .isEqualTo(ErrorCodes.INSUFFICIENT_BALANCE);
    assertThat(poor.state("foa.com").get("status").asString()).isEqualTo("foreign");
  }

  @Test
  void transferrestart_of_an_active_domain_is_2012() {
    sandbox.createActive("settled.com");
    assertThat(sandbox.fail("domain/transferrestart", "domain", "settled.com").code())
        .isEqualTo(ErrorCodes.TRANSFER_ERROR);
  }

  @Test
  void the_auth_codes_never_appear_in_messages() {
    foreign("secret.com", "Hidden#Code");
    sandbox.call(
        "domain/transfer", EngineFixture.owner("domain", "secret.com", "authcode", "Wrong#Code"));
    sandbox.advanceDays(11);
    String history = sandbox.call("domain/gethistory", "domain", "secret.com").toString();
    assertThat(history).doesNotContain("Hidden#Code").doesNotContain("Wrong#Code");
  }
}
