package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CheckTest {
  private final EngineFixture sandbox = EngineFixture.empty();

  private JsonNode check(String domain) {
    return sandbox.call("domain/check", "domain", domain).get("domains").get(0);
  }

  @Test
  void a_free_name_is_available_at_the_zone_price() {
    JsonNode item = check("example-shop.com");
    assertThat(item.get("name").asString()).isEqualTo("example-shop.com");
    assertThat(item.get("punycode").asString()).isEqualTo("example-shop.com");
    assertThat(item.get("tld").asString()).isEqualTo("com");
    assertThat(item.get("available").asBoolean()).isTrue();
    assertThat(item.get("premium").asBoolean()).isFalse();
    assertThat(item.get("price").isNumber()).isTrue();
    assertThat(item.get("price").decimalValue()).isEqualByComparingTo("9.95");
    assertThat(item.get("currency").asString()).isEqualTo("EUR");
  }

  @Test
  void an_idn_reports_both_spellings() {
    JsonNode item = check("münchen-shop.com");
    assertThat(item.get("name").asString()).isEqualTo("münchen-shop.com");
    assertThat(item.get("punycode").asString()).startsWith("xn--");
  }

  @Test
  void a_name_with_sharp_s_is_checked_as_itself_in_either_spelling() {
    for (String spelling : new String[] {"straße.de", "XN--STRAE-OQA.DE"}) {
      JsonNode item = check(spelling);
      assertThat(item.get("name").asString()).isEqualTo("straße.de");
      assertThat(item.get("punycode").asString()).isEqualTo("xn--strae-oqa.de");
      assertThat(item.get("available").asBoolean()).isTrue();
    }
    sandbox.create("strasse.de");
    assertThat(check("straße.de").get("available").asBoolean())
        .as("strasse.de is another domain")
        .isTrue();
  }

  @Test
  void premium_names_say_so_with_their_price() {
    JsonNode listed = check("casino.es");
    assertThat(listed.get("available").asBoolean()).isTrue();
    assertThat(listed.get("premium").asBoolean()).isTrue();
    assertThat(listed.get("price").decimalValue()).isEqualByComparingTo("2500.00");
    assertThat(check("premium-anything.net").get("price").decimalValue())
        .isEqualByComparingTo("499.00");
  }

  @Test
  void names_taken_elsewhere_in_the_account_or_added_as_foreign_are_unavailable() {
    assertThat(check("google.es").get("available").asBoolean()).isFalse();
    assertThat(check("taken-by-rule.com").get("available").asBoolean()).isFalse();
    sandbox.create("mine.org");
    assertThat(check("mine.org").get("available").asBoolean()).isFalse();
    sandbox.engine.addForeignDomain(
        EngineFixture.control("domain", "elsewhere.net", "authcode", "A1"));
    assertThat(check("elsewhere.net").get("available").asBoolean()).isFalse();
  }

  @Test
  void check_refuses_bad_names_and_zones() {
    assertThat(sandbox.fail("domain/check", "domain", "bad_name.com").code())
        .isEqualTo(ErrorCodes.INVALID_DOMAIN_NAME);
    assertThat(sandbox.fail("domain/check", "domain", "shop.xyz").code())
        .isEqualTo(ErrorCodes.TLD_NOT_SUPPORTED);
    ApiError missing = sandbox.fail("domain/check");
    assertThat(missing.code()).isEqualTo(ErrorCodes.PARAMETER_FAULT);
    assertThat(missing.messages().get(0)).contains("domain");
  }

  @Test
  void checkfortransfer_explains_why_not() {
    sandbox.engine.addForeignDomain(
        EngineFixture.control("domain", "movable.com", "authcode", "A1"));
    sandbox.engine.addForeignDomain(
        EngineFixture.control("domain", "locked.com", "authcode", "A1", "locked", "1"));
    sandbox.create("mine.com");
    JsonNode movable =
        sandbox.call("domain/checkfortransfer", "domain", "movable.com").get("domains").get(0);
    assertThat(movable.get("transferavail").asBoolean()).isTrue();
    assertThat(movable.get("transfermsg").isArray()).isTrue();
    assertThat(movable.get("transfermsg")).isEmpty();
    assertThat(movable.get("price").isNumber()).isTrue();
    assertThat(transferMessage("locked.com")).contains("locked");
    assertThat(transferMessage("mine.com")).isEqualTo("Domain in the system");
    assertThat(transferMessage("nobody-has-this.com")).contains("not registered");
    assertThat(transferMessage("google.com")).contains("refuses");
  }

  private String transferMessage(String domain) {
    JsonNode item = sandbox.call("domain/checkfortransfer", "domain", domain).get("domains").get(0);
    assertThat(item.get("transferavail").asBoolean()).isFalse();
    return item.get("transfermsg").get(0).asString();
  }
}
