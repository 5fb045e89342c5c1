package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SeedingTest {

  @Test
  void the_same_count_and_seed_give_the_same_state() {
    JsonNode first = EngineFixture.seeded(2_000, 7).engine.exportState();
    JsonNode second = EngineFixture.seeded(2_000, 7).engine.exportState();
    assertThat(first).isEqualTo(second);
    JsonNode other = EngineFixture.seeded(2_000, 8).engine.exportState();
    assertThat(other.get("domains")).isNotEqualTo(first.get("domains"));
  }

  @Test
  void a_seeded_account_is_varied_like_a_real_reseller() {
    EngineFixture sandbox = EngineFixture.seeded(1_000, 42);
    JsonNode list = sandbox.call("domain/list", "infoType", "status").get("domains");
    assertThat(list).hasSize(1_000);
    Map<String, Integer> statuses = new HashMap<>();
    Set<String> zones = new HashSet<>();
    Set<String> modes = new HashSet<>();
    int idn = 0;
    int privacy = 0;
    int tagged = 0;
    for (JsonNode d : list) {
      statuses.merge(d.get("status").asString(), 1, Integer::sum);
      zones.add(d.get("tld").asString());
      modes.add(d.get("renewalMode").asString());
      if (!d.get("name").asString().matches("[a-z0-9.-]+")) {
        idn++;
      }
      if (d.get("whoisPrivacy").asBoolean()) {
        privacy++;
      }
      if (!d.get("tag").asString().isEmpty()) {
        tagged++;
      }
    }
    assertThat(statuses.get("active")).isGreaterThan(700);
    assertThat(statuses)
        .containsKeys(
            "renewed",
            "transfer-pending",
            "register-pending",
            "expired-renewgrace",
            "expired-redemption",
            "expired-pendingdelete");
    assertThat(zones).contains("com", "es", "com.es", "co.uk", "net", "org");
    assertThat(modes).containsExactlyInAnyOrder("autorenew", "manual", "letexpire");
    assertThat(idn).isPositive();
    assertThat(privacy).isBetween(150, 450);
    assertThat(tagged).isPositive();
    assertThat(sandbox.call("domain/listdeleted").get("queryInfo").get("total").asInt())
        .isEqualTo(20);
  }

  @Test
  void expiries_spread_over_the_coming_and_past_year_consistently_with_the_status() {
    EngineFixture sandbox = EngineFixture.seeded(1_000, 5);
    for (JsonNode d : sandbox.call("domain/list").get("domains")) {
      String status = d.get("status").asString();
      String expiry = d.get("tsExpir").asString();
      if (status.equals("register-pending")) {
        assertThat(expiry).isEmpty();
      } else if (status.startsWith("expired")) {
        assertThat(expiry).isLessThan("2026-03-02").isGreaterThan("2025-12-20");
      } else {
        assertThat(expiry).as(d.toString()).isGreaterThanOrEqualTo("2026-03-02");
      }
    }
  }

  @Test
  void owners_repeat_and_some_contacts_share_an_email() {
    EngineFixture sandbox = EngineFixture.seeded(1_000, 9);
    JsonNode domains = sandbox.call("domain/list", "infoType", "contact").get("domains");
    Map<String, Integer> domainsPerOwner = new HashMap<>();
    int organisations = 0;
    for (JsonNode d : domains) {
      JsonNode owner = d.get("contactOwner");
      domainsPerOwner.merge(owner.get("contactID").asString(), 1, Integer::sum);
      if (owner.get("contactType").asString().equals("organization")) {
        organisations++;
        assertThat(owner.get("orgName").asString()).isNotBlank();
      }
    }
    assertThat(domainsPerOwner.values().stream().mapToInt(Integer::intValue).max().orElse(0))
        .isGreaterThan(5);
    assertThat(organisations).isPositive();
    Map<String, Set<String>> idsPerEmail = new HashMap<>();
    for (JsonNode c : sandbox.call("contact/list").get("contacts")) {
      idsPerEmail
          .computeIfAbsent(c.get("email").asString(), k -> new HashSet<>())
          .add(c.get("contactID").asString());
      assertThat(c.get("contactID").asString()).matches("[A-Z]{3}-[0-9]+");
    }
    assertThat(idsPerEmail.values()).anyMatch(ids -> ids.size() > 1);
  }

  @Test
  void seeded_domains_move_through_the_life_cycle() {
    EngineFixture sandbox = EngineFixture.seeded(1_000, 13);
    int pendingBefore =
        sandbox
            .call("domain/list", "status", "register-pending")
            .get("queryInfo")
            .get("total")
            .asInt();
    assertThat(pendingBefore).isPositive();
    sandbox.advanceMinutes(5);
    assertThat(
            sandbox
                .call("domain/list", "status", "register-pending")
                .get("queryInfo")
                .get("total")
                .asInt())
        .isZero();
    assertThat(
            sandbox.call("domain/list", "status", "renewed").get("queryInfo").get("total").asInt())
        .isZero();
    sandbox.advanceDays(6);
    assertThat(
            sandbox
                .call("domain/list", "status", "transfer-pending")
                .get("queryInfo")
                .get("total")
                .asInt())
        .isZero();
    int deletedBefore = sandbox.call("domain/listdeleted").get("queryInfo").get("total").asInt();
    sandbox.advanceDays(70);
    assertThat(sandbox.call("domain/listdeleted").get("queryInfo").get("total").asInt())
        .isGreaterThan(deletedBefore);
  }

  @Test
  void a_hundred_thousand_domains_seed_and_page_quickly() {
    long start = System.nanoTime();
    EngineFixture sandbox = EngineFixture.seeded(100_000, 1);
    JsonNode page =
        sandbox.call("domain/list", "pageLength", "1000", "page", "57", "infoType", "contact");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(page.get("queryInfo").get("total").asInt()).isEqualTo(100_000);
    assertThat(page.get("domains")).hasSize(1000);
    // generous: the suite runs on a C1-only JIT, often next to other builds
    assertThat(millis).isLessThan(30_000);
  }
}
