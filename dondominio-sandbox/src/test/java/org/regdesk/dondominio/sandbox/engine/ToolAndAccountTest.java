package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ToolAndAccountTest {
  private final EngineFixture sandbox = EngineFixture.empty();

  @Test
  void hello_echoes_the_caller_ip_and_version() {
    JsonNode hello = sandbox.call("tool/hello");
    assertThat(hello.get("ip").asString()).isEqualTo(EngineFixture.IP);
    assertThat(hello.get("version").asString()).isEqualTo("1.0.26");
    assertThat(hello.get("lang").asString()).isEqualTo("en");
  }

  @Test
  void idnconverter_converts_both_ways() {
    JsonNode toAscii = sandbox.call("tool/idnconverter", "query", "münchen-shop.com");
    assertThat(toAscii.get("unicode").asString()).isEqualTo("münchen-shop.com");
    assertThat(toAscii.get("punycode").asString()).startsWith("xn--").endsWith(".com");
    JsonNode back = sandbox.call("tool/idnconverter", "query", toAscii.get("punycode").asString());
    assertThat(back.get("unicode").asString()).isEqualTo("münchen-shop.com");
    assertThat(back.get("query").asString()).isEqualTo(toAscii.get("punycode").asString());
  }

  @Test
  void idnconverter_follows_idna2008() {
    JsonNode sharpS = sandbox.call("tool/idnconverter", "query", "straße.de");
    assertThat(sharpS.get("punycode").asString()).isEqualTo("xn--strae-oqa.de");
    assertThat(sharpS.get("unicode").asString()).isEqualTo("straße.de");
    JsonNode back = sandbox.call("tool/idnconverter", "query", "xn--strae-oqa.de");
    assertThat(back.get("unicode").asString()).isEqualTo("straße.de");
    JsonNode sigma = sandbox.call("tool/idnconverter", "query", "ς");
    assertThat(sigma.get("punycode").asString()).isEqualTo("xn--3xa");
    JsonNode cyrillic = sandbox.call("tool/idnconverter", "query", "пример.рф");
    assertThat(cyrillic.get("punycode").asString()).isEqualTo("xn--e1afmkfd.xn--p1ai");
  }

  @Test
  void idnconverter_names_the_bad_query() {
    ApiError error = sandbox.fail("tool/idnconverter", "query", "bad name!");
    assertThat(error.code()).isEqualTo(ErrorCodes.INVALID_PARAMETER);
    assertThat(error.messages().get(0))
        .isEqualTo(
            "Invalid parameter query: \"bad name!\" contains U+0020 (SPACE), which IDNA2008 does"
                + " not allow in names (only letters, digits, marks and hyphens)");
    assertThat(sandbox.fail("tool/idnconverter", "query", "xn--zz").messages().get(0))
        .contains("not valid Punycode");
    assertThat(sandbox.fail("tool/idnconverter").code()).isEqualTo(ErrorCodes.PARAMETER_FAULT);
  }

  @Test
  void account_info_has_typed_money_and_the_caller() {
    JsonNode info = sandbox.call("account/info");
    assertThat(info.get("balance").isNumber()).isTrue();
    assertThat(info.get("balance").decimalValue()).isEqualByComparingTo("1000.00");
    assertThat(info.get("threshold").isNumber()).isTrue();
    assertThat(info.get("currency").asString()).isEqualTo("EUR");
    assertThat(info.get("apiuser").asString()).isEqualTo("sandbox");
    assertThat(info.get("ip").asString()).isEqualTo(EngineFixture.IP);
    assertThat(info.get("clientName").asString()).isNotBlank();
  }

  @Test
  void zones_list_prices_years_and_requirements() {
    JsonNode zones = sandbox.call("account/zones");
    int total = zones.get("queryInfo").get("total").asInt();
    assertThat(total).isGreaterThanOrEqualTo(36);
    assertThat(zones.get("zones").size()).isEqualTo(total);
    JsonNode ru = find(zones, "ru");
    assertThat(ru.get("requirements").toString()).contains("ruIssuer");
    assertThat(ru.get("create").get("price").isNumber()).isTrue();
    assertThat(ru.get("create").get("years").asString()).isEqualTo("1");
    JsonNode com = find(zones, "com");
    assertThat(com.get("renew").get("years").asString()).isEqualTo("1,2,3,4,5,6,7,8,9,10");
    assertThat(com.get("authcodereq").asBoolean()).isTrue();
    assertThat(com.get("create").get("inPromo").isBoolean()).isTrue();
    assertThat(find(zones, "com.es").get("tldtop").asString()).isEqualTo("es");
    for (String zone :
        new String[] {
          "com",
          "net",
          "org",
          "info",
          "biz",
          "eu",
          "es",
          "com.es",
          "nom.es",
          "org.es",
          "fr",
          "it",
          "de",
          "co.uk",
          "uk",
          "ru",
          "aero",
          "jobs",
          "ltda",
          "xxx",
          "cat",
          "barcelona",
          "eus",
          "gal",
          "scot",
          "quebec",
          "pl",
          "pro",
          "travel",
          "lawyer",
          "attorney",
          "dentist",
          "airforce",
          "army",
          "navy",
          "hk"
        }) {
      assertThat(find(zones, zone)).as(zone).isNotNull();
    }
  }

  @Test
  void zones_filter_and_page() {
    JsonNode es = sandbox.call("account/zones", "tldtop", "es");
    assertThat(es.get("queryInfo").get("total").asInt()).isEqualTo(4);
    JsonNode one = sandbox.call("account/zones", "tld", ".COM");
    assertThat(one.get("zones").get(0).get("tld").asString()).isEqualTo("com");
    JsonNode page2 = sandbox.call("account/zones", "pageLength", "10", "page", "2");
    assertThat(page2.get("queryInfo").get("page").asInt()).isEqualTo(2);
    assertThat(page2.get("queryInfo").get("results").asInt()).isEqualTo(10);
    assertThat(page2.get("zones").get(0).get("tld").asString())
        .isNotEqualTo(
            sandbox
                .call("account/zones", "pageLength", "10")
                .get("zones")
                .get(0)
                .get("tld")
                .asString());
  }

  private static JsonNode find(JsonNode zones, String tld) {
    for (JsonNode zone : zones.get("zones")) {
      if (zone.get("tld").asString().equals(tld)) {
        return zone;
      }
    }
    return null;
  }
}
