package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LifecycleTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private final EngineFixture sandbox = EngineFixture.empty();

  @Test
  void a_registration_completes_within_two_minutes() {
    sandbox.create("fresh.com", "period", "3");
    assertThat(sandbox.status("fresh.com")).isEqualTo("register-init");
    assertThat(sandbox.expiry("fresh.com")).isEmpty();
    sandbox.advanceMinutes(1);
    assertThat(sandbox.status("fresh.com")).isEqualTo("register-pending");
    sandbox.advanceMinutes(1);
    JsonNode info = sandbox.call("domain/getinfo", "domain", "fresh.com");
    assertThat(info.get("status").asString()).isEqualTo("active");
    assertThat(info.get("tsCreate").asString()).isEqualTo(TODAY.toString());
    assertThat(info.get("tsExpir").asString()).isEqualTo(TODAY.plusYears(3).toString());
  }

  @Test
  void transitions_also_run_when_the_clock_moves_underneath() {
    sandbox.create("clock.com");
    sandbox.clock.advance(java.time.Duration.ofMinutes(5));
    assertThat(sandbox.status("clock.com")).isEqualTo("active");
  }

  @Test
  void
      a_domain_without_autorenew_expires_and_is_deleted_after_grace_redemption_and_pending_delete() {
    sandbox.createActive("fading.com", "period", "1");
    sandbox.call(
        "domain/update",
        "domain",
        "fading.com",
        "updateType",
        "renewalMode",
        "renewalMode",
        "manual");
    String expiry = sandbox.expiry("fading.com");
    assertThat(expiry).isEqualTo(TODAY.plusYears(1).toString());
    // 2026-03-02 + 365 days is the expiry day itself: still active until its end
    sandbox.advanceDays(365);
    assertThat(sandbox.status("fading.com")).isEqualTo("active");
    sandbox.advanceDays(1);
    assertThat(sandbox.status("fading.com")).isEqualTo("expired-renewgrace");
    sandbox.advanceDays(30);
    assertThat(sandbox.status("fading.com")).isEqualTo("expired-redemption");
    sandbox.advanceDays(30);
    assertThat(sandbox.status("fading.com")).isEqualTo("expired-pendingdelete");
    sandbox.advanceDays(5);
    ApiError gone = sandbox.fail("domain/getinfo", "domain", "fading.com");
    assertThat(gone.code()).isEqualTo(ErrorCodes.DOMAIN_NOT_FOUND);
    JsonNode deleted = sandbox.call("domain/listdeleted");
    assertThat(deleted.get("queryInfo").get("total").asInt()).isEqualTo(1);
    JsonNode item = deleted.get("domains").get(0);
    assertThat(item.get("name").asString()).isEqualTo("fading.com");
    assertThat(item.get("tld").asString()).isEqualTo("com");
    assertThat(item.get("tsDeleted").asString())
        .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    assertThat(item.get("info").asString()).isNotBlank();
    assertThat(sandbox.state("fading.com").get("status").asString()).isEqualTo("deleted");
    // free again
    assertThat(
            sandbox
                .call("domain/check", "domain", "fading.com")
                .get("domains")
                .get(0)
                .get("available")
                .asBoolean())
        .isTrue();
  }

  @Test
  void autorenew_renews_at_expiry_when_the_balance_allows() {
    sandbox.createActive("steady.com");
    assertThat(sandbox.call("domain/getinfo", "domain", "steady.com").get("renewalMode").asString())
        .isEqualTo("autorenew");
    // 10:03 + 365 days + 13 h 57 min: the midnight after the expiry day
    sandbox.advanceDays(365);
    sandbox.advanceMinutes(13 * 60 + 57);
    JsonNode info = sandbox.call("domain/getinfo", "domain", "steady.com");
    assertThat(info.get("status").asString()).isEqualTo("renewed");
    assertThat(info.get("tsExpir").asString()).isEqualTo(TODAY.plusYears(2).toString());
    sandbox.advanceMinutes(5);
    assertThat(sandbox.status("steady.com")).isEqualTo("active");
    JsonNode state = sandbox.state("steady.com");
    assertThat(state.get("operations").get("renewed").asInt()).isEqualTo(1);
    assertThat(sandbox.balance()).isEqualByComparingTo("978.55");
  }

  @Test
  void autorenew_without_balance_lets_the_domain_expire() {
    EngineFixture poor = EngineFixture.withBalance("10.00");
    poor.createActive("broke.com");
    assertThat(poor.balance()).isEqualByComparingTo("0.05");
    poor.advanceDays(366);
    assertThat(poor.status("broke.com")).isEqualTo("expired-renewgrace");
    JsonNode history = poor.call("domain/gethistory", "domain", "broke.com").get("history");
    assertThat(history.toString()).contains("Automatic renewal failed");
  }

  @Test
  void one_big_jump_replays_every_renewal_in_order() {
    sandbox.createActive("decade.com");
    sandbox.advanceDays(365 * 3 + 2);
    JsonNode state = sandbox.state("decade.com");
    assertThat(state.get("operations").get("renewed").asInt()).isEqualTo(3);
    assertThat(state.get("tsExpir").asString()).isEqualTo(TODAY.plusYears(4).toString());
    assertThat(state.get("charges")).hasSize(4);
  }

  @Test
  void history_records_every_change_with_caller_and_time() {
    sandbox.createActive("story.com");
    sandbox.call("domain/update", "domain", "story.com", "updateType", "tag", "tag", "blue");
    JsonNode history = sandbox.call("domain/gethistory", "domain", "story.com");
    assertThat(history.get("queryInfo").get("total").asInt()).isEqualTo(3);
    JsonNode first = history.get("history").get(0);
    assertThat(first.get("ts").asString()).isEqualTo(TODAY + " 10:00:00");
    assertThat(first.get("ip").asString()).isEqualTo(EngineFixture.IP);
    assertThat(first.get("user").asString()).isEqualTo("sandbox");
    assertThat(first.get("title").asString()).isEqualTo("Domain create");
    JsonNode completed = history.get("history").get(1);
    assertThat(completed.get("user").asString()).isEqualTo("system");
    assertThat(completed.get("title").asString()).isEqualTo("Registration completed");
    assertThat(history.get("history").get(2).get("message").asString()).contains("blue");
    JsonNode paged =
        sandbox.call("domain/gethistory", "domain", "story.com", "pageLength", "1", "page", "3");
    assertThat(paged.get("history").get(0).get("message").asString()).contains("blue");
  }
}
