package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ControlTest {
  private final EngineFixture sandbox = EngineFixture.empty();

  private static ApiError refused(Runnable call) {
    ApiError error = catchThrowableOfType(ApiError.class, call::run);
    assertThat(error).isNotNull();
    return error;
  }

  @Test
  void foreign_domains_are_validated_field_by_field() {
    JsonNode added =
        sandbox.engine.addForeignDomain(
            EngineFixture.control(
                "domain",
                "Faraway.com",
                "authcode",
                "Secret#1",
                "expiry",
                "2026-12-31",
                "nameservers",
                "ns1.far.net,ns2.far.net"));
    assertThat(added.get("domain").asString()).isEqualTo("faraway.com");
    assertThat(added.get("expiry").asString()).isEqualTo("2026-12-31");
    assertThat(added.toString()).doesNotContain("Secret#1");
    assertThat(
            refused(() -> sandbox.engine.addForeignDomain(EngineFixture.control()))
                .messages()
                .get(0))
        .contains("domain");
    assertThat(
            refused(
                    () ->
                        sandbox.engine.addForeignDomain(
                            EngineFixture.control("domain", "bad_name.com", "authcode", "x")))
                .messages()
                .get(0))
        .contains("domain");
    assertThat(
            refused(
                    () ->
                        sandbox.engine.addForeignDomain(
                            EngineFixture.control("domain", "x.xyz", "authcode", "x")))
                .messages()
                .get(0))
        .contains("domain");
    assertThat(
            refused(
                    () ->
                        sandbox.engine.addForeignDomain(
                            EngineFixture.control("domain", "nocode.com")))
                .messages()
                .get(0))
        .contains("authcode");
    assertThat(
            refused(
                    () ->
                        sandbox.engine.addForeignDomain(
                            EngineFixture.control(
                                "domain", "d.com", "authcode", "x", "expiry", "soon")))
                .messages()
                .get(0))
        .contains("expiry");
    assertThat(
            refused(
                    () ->
                        sandbox.engine.addForeignDomain(
                            EngineFixture.control(
                                "domain", "d.com", "authcode", "x", "locked", "maybe")))
                .messages()
                .get(0))
        .contains("locked");
    assertThat(
            refused(
                    () ->
                        sandbox.engine.addForeignDomain(
                            EngineFixture.control(
                                "domain", "d.com", "authcode", "x", "nameservers", "one.net")))
                .messages()
                .get(0))
        .contains("nameservers");
    sandbox.create("mine.com");
    assertThat(
            refused(
                    () ->
                        sandbox.engine.addForeignDomain(
                            EngineFixture.control("domain", "mine.com", "authcode", "x")))
                .messages()
                .get(0))
        .contains("domain");
    JsonNode state = sandbox.state("faraway.com");
    assertThat(state.get("status").asString()).isEqualTo("foreign");
    assertThat(state.get("foreign").get("authcode").asString()).isEqualTo("Secret#1");
  }

  @Test
  void the_account_is_updated_only_with_valid_values() {
    JsonNode updated =
        sandbox.engine.updateAccount(
            EngineFixture.control(
                "balance", "250", "threshold", "10.5", "currency", "usd", "clientName", "Acme"));
    assertThat(updated.get("balance").decimalValue()).isEqualByComparingTo("250.00");
    assertThat(updated.get("currency").asString()).isEqualTo("USD");
    JsonNode info = sandbox.call("account/info");
    assertThat(info.get("clientName").asString()).isEqualTo("Acme");
    assertThat(info.get("threshold").decimalValue()).isEqualByComparingTo("10.50");
    assertThat(
            sandbox
                .call("domain/check", "domain", "x.com")
                .get("domains")
                .get(0)
                .get("currency")
                .asString())
        .isEqualTo("USD");
    String[][] bad = {
      {"balance", "-1"},
      {"balance", "ten"},
      {"balance", "1.234"},
      {"threshold", "-5"},
      {"currency", "EURO"},
      {"clientName", "a\u0001b"}
    };
    for (String[] b : bad) {
      // a valid field next to the bad one must not be applied either
      String other = b[0].equals("balance") ? "threshold" : "balance";
      ApiError error =
          refused(
              () -> sandbox.engine.updateAccount(EngineFixture.control(b[0], b[1], other, "1.00")));
      assertThat(error.messages().get(0)).as(b[0]).contains(b[0]);
    }
    JsonNode unchanged = sandbox.call("account/info");
    assertThat(unchanged.get("clientName").asString()).isEqualTo("Acme");
    assertThat(unchanged.get("balance").decimalValue()).isEqualByComparingTo("250.00");
    assertThat(unchanged.get("threshold").decimalValue()).isEqualByComparingTo("10.50");
    assertThat(refused(() -> sandbox.engine.updateAccount(EngineFixture.control())).code())
        .isEqualTo(ErrorCodes.PARAMETER_FAULT);
  }

  @Test
  void the_clock_moves_only_forward_by_valid_amounts() {
    JsonNode moved =
        sandbox.engine.advanceClock(
            EngineFixture.control("advanceDays", "2", "advanceMinutes", "30"));
    assertThat(moved.get("now").asString()).isEqualTo("2026-03-04 10:30:00");
    assertThat(moved.get("transitions").isInt()).isTrue();
    for (String[] b :
        new String[][] {
          {"advanceDays", "0"},
          {"advanceMinutes", "-5"},
          {"advanceDays", "x"},
          {"advanceDays", "40000"}
        }) {
      ApiError error =
          refused(() -> sandbox.engine.advanceClock(EngineFixture.control(b[0], b[1])));
      assertThat(error.messages().get(0)).as(b[1]).contains(b[0]);
    }
    assertThat(refused(() -> sandbox.engine.advanceClock(EngineFixture.control())).code())
        .isEqualTo(ErrorCodes.PARAMETER_FAULT);
    assertThat(
            sandbox
                .engine
                .advanceClock(EngineFixture.control("advanceMinutes", "1"))
                .get("now")
                .asString())
        .isEqualTo("2026-03-04 10:31:00");
  }

  @Test
  void the_clock_stops_short_of_the_year_3000() {
    for (int century = 0; century < 9; century++) {
      sandbox.engine.advanceClock(EngineFixture.control("advanceDays", "36500"));
    }
    assertThat(sandbox.clock.instant().toString()).startsWith("2925-");

    ApiError error =
        refused(() -> sandbox.engine.advanceClock(EngineFixture.control("advanceDays", "36500")));

    assertThat(error.code()).isEqualTo(ErrorCodes.INVALID_PARAMETER);
    assertThat(error.field()).contains("advanceDays");
    assertThat(error.messages().get(0)).contains("cannot pass 3000-01-01");
    assertThat(sandbox.clock.instant().toString()).startsWith("2925-");
  }

  @Test
  void domain_state_shows_every_field_counts_balance_and_charges() {
    sandbox.createActive("watched.com");
    sandbox.call("domain/renew", "domain", "watched.com", "curExpDate", "2027-03-02");
    JsonNode state = sandbox.state("WATCHED.com");
    assertThat(state.get("domainID").isInt()).isTrue();
    assertThat(state.get("status").asString()).isEqualTo("renewed");
    assertThat(state.get("nextTransition").asString()).isEqualTo("2026-03-02 10:08:00");
    assertThat(state.get("authcode").asString()).isNotBlank();
    assertThat(state.get("contacts").get("owner").asString()).matches("[A-Z]{3}-\\d+");
    assertThat(state.get("operations").get("created").asInt()).isEqualTo(1);
    assertThat(state.get("operations").get("renewed").asInt()).isEqualTo(1);
    assertThat(state.get("account").get("balance").decimalValue()).isEqualByComparingTo("978.55");
    assertThat(state.get("charges")).hasSize(2);
    assertThat(state.get("charges").get(1).get("action").asString()).isEqualTo("renew");
    assertThat(state.get("historyEntries").asInt()).isEqualTo(3);
    assertThat(sandbox.engine.domainState("nobody.com")).isEmpty();
    assertThat(sandbox.engine.domainState("not a name")).isEmpty();
  }
}
