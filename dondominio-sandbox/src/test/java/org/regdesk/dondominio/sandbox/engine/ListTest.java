package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ListTest {
  private final EngineFixture sandbox = EngineFixture.withBalance("100000.00");

  @BeforeEach
  void domains() {
    for (int i = 1; i <= 25; i++) {
      sandbox.create(String.format("shop%02d.com", i));
    }
    sandbox.create("tienda.com.es");
    sandbox.create("café-bar.es");
    sandbox.create("bakery.net", "ownerContactEmail", "baker@example.net");
    sandbox.advanceMinutes(3);
    sandbox.create("pending.org");
    sandbox.call(
        "domain/update", "domain", "shop01.com", "updateType", "tag", "tag", "client-a,vip");
    sandbox.call("domain/update", "domain", "shop02.com", "updateType", "tag", "tag", "vip");
    sandbox.call(
        "domain/update",
        "domain",
        "shop03.com",
        "updateType",
        "renewalMode",
        "renewalMode",
        "manual");
  }

  private JsonNode list(String... params) {
    return sandbox.call("domain/list", params);
  }

  private static List<String> names(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.get("domains").forEach(d -> names.add(d.get("name").asString()));
    return names;
  }

  @Test
  void the_default_page_holds_everything_in_id_order() {
    JsonNode all = list();
    JsonNode info = all.get("queryInfo");
    assertThat(info.get("page").asInt()).isEqualTo(1);
    assertThat(info.get("pageLength").asInt()).isEqualTo(1000);
    assertThat(info.get("results").asInt()).isEqualTo(29);
    assertThat(info.get("total").asInt()).isEqualTo(29);
    List<Integer> ids = new ArrayList<>();
    all.get("domains").forEach(d -> ids.add(d.get("domainID").asInt()));
    assertThat(ids).isSorted();
    JsonNode first = all.get("domains").get(0);
    assertThat(first.size()).isEqualTo(5);
    assertThat(first.get("tsExpir").asString()).isEqualTo("2027-03-02");
  }

  @Test
  void paging_is_stable_clamped_and_lenient() {
    JsonNode page2 = list("pageLength", "10", "page", "2");
    assertThat(page2.get("queryInfo").get("results").asInt()).isEqualTo(10);
    assertThat(names(page2).get(0)).isEqualTo("shop11.com");
    JsonNode page3 = list("pageLength", "10", "page", "3");
    assertThat(page3.get("queryInfo").get("results").asInt()).isEqualTo(9);
    JsonNode beyond = list("pageLength", "10", "page", "9");
    assertThat(beyond.get("queryInfo").get("results").asInt()).isZero();
    assertThat(beyond.get("queryInfo").get("total").asInt()).isEqualTo(29);
    assertThat(beyond.get("domains")).isEmpty();
    JsonNode zero = list("pageLength", "10", "page", "0");
    assertThat(zero.get("queryInfo").get("page").asInt()).isEqualTo(1);
    assertThat(names(zero).get(0)).isEqualTo("shop01.com");
    assertThat(list("pageLength", "5000").get("queryInfo").get("pageLength").asInt())
        .isEqualTo(1000);
    assertThat(sandbox.fail("domain/list", "pageLength", "0").messages().get(0))
        .contains("pageLength");
    assertThat(sandbox.fail("domain/list", "page", "one").messages().get(0)).contains("page");
    assertThat(list("page", "2147483647").get("domains")).isEmpty();
  }

  @Test
  void every_filter_narrows_the_list() {
    assertThat(names(list("domain", "shop07.com"))).containsExactly("shop07.com");
    assertThat(names(list("domain", "xn--caf-bar-dya.es"))).containsExactly("café-bar.es");
    assertThat(names(list("word", "SHOP1"))).hasSize(10);
    assertThat(names(list("tld", "com.es"))).containsExactly("tienda.com.es");
    assertThat(names(list("tld", "es"))).containsExactly("café-bar.es");
    assertThat(names(list("word", "caf"))).containsExactly("café-bar.es");
    assertThat(names(list("status", "register-init"))).containsExactly("pending.org");
    assertThat(list("status", "active").get("queryInfo").get("total").asInt()).isEqualTo(28);
    assertThat(names(list("renewable", "0"))).containsExactly("pending.org");
    assertThat(list("renewable", "1").get("queryInfo").get("total").asInt()).isEqualTo(28);
    assertThat(names(list("tag", "vip"))).containsExactly("shop01.com", "shop02.com");
    assertThat(names(list("tag", "client-a"))).containsExactly("shop01.com");
    assertThat(names(list("renewalMode", "manual"))).containsExactly("shop03.com");
    assertThat(names(list("owner", "baker@example.net"))).containsExactly("bakery.net");
    String bakerId =
        sandbox
            .call("domain/getinfo", "domain", "bakery.net", "infoType", "contact")
            .get("contactOwner")
            .get("contactID")
            .asString();
    assertThat(names(list("owner", bakerId))).containsExactly("bakery.net");
    assertThat(list("ownerverification", "inprocess").get("queryInfo").get("total").asInt())
        .isEqualTo(29);
    assertThat(list("ownerverification", "verified").get("queryInfo").get("total").asInt())
        .isZero();
    assertThat(names(list("word", "shop", "tag", "vip", "renewalMode", "autorenew"))).hasSize(2);
    assertThat(
            list("word", "shop", "pageLength", "3", "page", "2")
                .get("queryInfo")
                .get("total")
                .asInt())
        .isEqualTo(25);
    assertThat(names(list("word", "shop", "pageLength", "3", "page", "2")))
        .containsExactly("shop04.com", "shop05.com", "shop06.com");
    assertThat(list("word", "", "tld", "").get("queryInfo").get("total").asInt()).isEqualTo(29);
  }

  @Test
  void enumerated_filters_refuse_unknown_values() {
    assertThat(sandbox.fail("domain/list", "status", "alive").messages().get(0)).contains("status");
    assertThat(sandbox.fail("domain/list", "renewalMode", "x").messages().get(0))
        .contains("renewalMode");
    assertThat(sandbox.fail("domain/list", "ownerverification", "x").messages().get(0))
        .contains("ownerverification");
    assertThat(sandbox.fail("domain/list", "infoType", "authcode").messages().get(0))
        .contains("infoType");
    assertThat(sandbox.fail("domain/list", "renewable", "perhaps").messages().get(0))
        .contains("renewable");
  }

  @Test
  void info_types_add_their_fields_to_each_item() {
    JsonNode status = list("infoType", "status", "pageLength", "1");
    assertThat(status.get("domains").get(0).get("renewalMode").asString()).isEqualTo("autorenew");
    JsonNode contact = list("infoType", "contact", "pageLength", "2");
    assertThat(contact.get("domains").get(1).get("contactOwner").get("email").asString())
        .isEqualTo("ana@example.org");
    JsonNode ns = list("infoType", "nameservers", "pageLength", "1");
    assertThat(ns.get("domains").get(0).get("nameservers").isArray()).isTrue();
    JsonNode glue = list("infoType", "gluerecords", "pageLength", "1");
    assertThat(glue.get("domains").get(0).get("gluerecords").isArray()).isTrue();
    JsonNode service = list("infoType", "service", "pageLength", "1");
    assertThat(service.get("domains").get(0).has("service")).isTrue();
  }

  @Test
  void listdeleted_pages_like_every_list() {
    EngineFixture seeded = EngineFixture.seeded(500, 3);
    JsonNode deleted = seeded.call("domain/listdeleted", "pageLength", "4", "page", "2");
    assertThat(deleted.get("queryInfo").get("total").asInt()).isEqualTo(10);
    assertThat(deleted.get("queryInfo").get("results").asInt()).isEqualTo(4);
    assertThat(deleted.get("domains").get(0).get("tsDeleted").asString())
        .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
  }
}
