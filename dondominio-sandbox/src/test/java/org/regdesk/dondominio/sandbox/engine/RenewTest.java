package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class RenewTest {
  private final EngineFixture sandbox = EngineFixture.empty();

  @ParameterizedTest
  @ValueSource(strings = {"2027-03-02", "20270302"})
  void renew_accepts_both_date_formats_and_returns_the_new_expiry(String guard) {
    sandbox.createActive("renew-me.com");
    JsonNode response =
        sandbox.call("domain/renew", "domain", "renew-me.com", "curExpDate", guard, "period", "2");
    assertThat(response.get("billing").get("total").decimalValue()).isEqualByComparingTo("23.00");
    JsonNode item = response.get("domains").get(0);
    assertThat(item.get("status").asString()).isEqualTo("renewed");
    assertThat(item.get("tsExpir").asString()).isEqualTo("2029-03-02");
    assertThat(item.get("renewPeriod").isString()).isTrue();
    assertThat(item.get("renewPeriod").asString()).isEqualTo("2");
    assertThat(item.get("domainID").isInt()).isTrue();
    sandbox.advanceMinutes(5);
    assertThat(sandbox.status("renew-me.com")).isEqualTo("active");
  }

  @Test
  void a_stale_curexpdate_is_2100_and_prevents_a_double_renewal() {
    sandbox.createActive("twice.com");
    sandbox.call("domain/renew", "domain", "twice.com", "curExpDate", "2027-03-02");
    String before = sandbox.balance().toPlainString();
    ApiError error =
        sandbox.fail("domain/renew", "domain", "twice.com", "curExpDate", "2027-03-02");
    assertThat(error.code()).isEqualTo(ErrorCodes.RENEW_ERROR);
    assertThat(sandbox.balance().toPlainString()).isEqualTo(before);
    assertThat(sandbox.state("twice.com").get("operations").get("renewed").asInt()).isEqualTo(1);
  }

  @Test
  void a_malformed_curexpdate_is_105_naming_it() {
    sandbox.createActive("dates.com");
    for (String bad : new String[] {"02/03/2027", "2027-02-30", "20271399", "tomorrow"}) {
      ApiError error = sandbox.fail("domain/renew", "domain", "dates.com", "curExpDate", bad);
      assertThat(error.code()).as(bad).isEqualTo(ErrorCodes.INVALID_PARAMETER);
      assertThat(error.messages().get(0)).contains("curExpDate");
    }
    assertThat(sandbox.fail("domain/renew", "domain", "dates.com").code())
        .isEqualTo(ErrorCodes.PARAMETER_FAULT);
  }

  @Test
  void beyond_the_zone_years_or_the_ten_year_horizon_is_2101() {
    sandbox.createActive("far.com");
    assertThat(
            sandbox
                .fail(
                    "domain/renew", "domain", "far.com", "curExpDate", "2027-03-02", "period", "10")
                .code())
        .isEqualTo(ErrorCodes.RENEW_NOT_ALLOWED);
    assertThat(
            sandbox
                .fail(
                    "domain/renew", "domain", "far.com", "curExpDate", "2027-03-02", "period", "11")
                .code())
        .isEqualTo(ErrorCodes.RENEW_NOT_ALLOWED);
    sandbox.call("domain/renew", "domain", "far.com", "curExpDate", "2027-03-02", "period", "9");
    sandbox.createActive("hk-years.hk", "ownerDateOfBirth", "1970-01-01");
    assertThat(
            sandbox
                .fail(
                    "domain/renew",
                    "domain",
                    "hk-years.hk",
                    "curExpDate",
                    "2027-03-02",
                    "period",
                    "4")
                .code())
        .isEqualTo(ErrorCodes.RENEW_NOT_ALLOWED);
  }

  @Test
  void pending_domains_cannot_be_renewed_and_pending_delete_is_blocked() {
    sandbox.create("young.com");
    assertThat(
            sandbox.fail("domain/renew", "domain", "young.com", "curExpDate", "2027-03-02").code())
        .isEqualTo(ErrorCodes.RENEW_NOT_ALLOWED);
    sandbox.advanceMinutes(3);
    sandbox.call(
        "domain/update",
        "domain",
        "young.com",
        "updateType",
        "renewalMode",
        "renewalMode",
        "letexpire");
    sandbox.advanceDays(366 + 60);
    assertThat(sandbox.status("young.com")).isEqualTo("expired-pendingdelete");
    assertThat(
            sandbox.fail("domain/renew", "domain", "young.com", "curExpDate", "2027-03-02").code())
        .isEqualTo(ErrorCodes.RENEW_BLOCKED);
  }

  @Test
  void an_expired_domain_can_be_renewed_from_its_old_expiry() {
    sandbox.createActive("late.com");
    sandbox.call(
        "domain/update",
        "domain",
        "late.com",
        "updateType",
        "renewalMode",
        "renewalMode",
        "manual");
    sandbox.advanceDays(380);
    assertThat(sandbox.status("late.com")).isEqualTo("expired-renewgrace");
    JsonNode info = sandbox.call("domain/getinfo", "domain", "late.com");
    assertThat(info.get("renewable").asBoolean()).isTrue();
    JsonNode item =
        sandbox
            .call("domain/renew", "domain", "late.com", "curExpDate", "20270302")
            .get("domains")
            .get(0);
    assertThat(item.get("tsExpir").asString()).isEqualTo("2028-03-02");
    sandbox.advanceMinutes(5);
    assertThat(sandbox.status("late.com")).isEqualTo("active");
  }

  @Test
  void renew_without_balance_is_1100_and_changes_nothing() {
    EngineFixture poor = EngineFixture.withBalance("15.00");
    poor.createActive("tight.com");
    ApiError error = poor.fail("domain/renew", "domain", "tight.com", "curExpDate", "2027-03-02");
    assertThat(error.code()).isEqualTo(ErrorCodes.INSUFFICIENT_BALANCE);
    assertThat(poor.expiry("tight.com")).isEqualTo("2027-03-02");
    assertThat(poor.balance()).isEqualByComparingTo("5.05");
  }

  @Test
  void unknown_domains_are_2008_by_name_and_by_id() {
    assertThat(
            sandbox.fail("domain/renew", "domain", "ghost.com", "curExpDate", "2027-03-02").code())
        .isEqualTo(ErrorCodes.DOMAIN_NOT_FOUND);
    assertThat(sandbox.fail("domain/getinfo", "domainID", "12345").code())
        .isEqualTo(ErrorCodes.DOMAIN_NOT_FOUND);
    ApiError badId = sandbox.fail("domain/getinfo", "domainID", "abc");
    assertThat(badId.code()).isEqualTo(ErrorCodes.INVALID_PARAMETER);
    assertThat(badId.messages().get(0)).contains("domainID");
  }
}
