package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * The control API with the real engine, everything over HTTP: a transfer from another registrar, an
 * empty account, the clock, the internal view of a domain, and a reset.
 */
class ControlFlowTest {
  private static final String CODE = "Xy7#code+1";

  private WireFixture fixture;

  @BeforeEach
  void start() {
    fixture = new WireFixture();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private JsonNode api(BodyEncoding encoding, String action, String... nameValues) {
    return fixture.send(encoding, action, WireFixture.pairs(nameValues)).json();
  }

  private JsonNode ok(BodyEncoding encoding, String action, String... nameValues) {
    JsonNode envelope = api(encoding, action, nameValues);
    assertThat(envelope.path("success").asBoolean()).as(envelope.toString()).isTrue();
    return envelope.path("responseData");
  }

  private JsonNode control(String path, String... nameValues) {
    Wire.Response response = fixture.controlPost(path, nameValues);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  private String[] withOwner(String... fields) {
    Map<String, String> all = new LinkedHashMap<>(WireFixture.OWNER);
    all.putAll(WireFixture.pairs(fields));
    return all.entrySet().stream()
        .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
        .toArray(String[]::new);
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void a_domain_held_elsewhere_is_transferred_in_with_its_code(BodyEncoding encoding) {
    Wire.Response added =
        fixture.controlPost(
            "foreign-domains", "domain", "vecino.net", "authcode", CODE, "expiry", "2026-09-15");
    assertThat(added.status()).isEqualTo(200);
    assertThat(added.text()).doesNotContain(CODE);
    assertThat(added.json().path("expiry").asString()).isEqualTo("2026-09-15");

    JsonNode check = ok(encoding, "domain/checkfortransfer", "domain", "vecino.net");
    assertThat(check.at("/domains/0/transferavail").asBoolean()).isTrue();
    assertThat(check.at("/domains/0/price").decimalValue()).isEqualByComparingTo("11.50");

    JsonNode transfer =
        ok(encoding, "domain/transfer", withOwner("domain", "vecino.net", "authcode", CODE));
    assertThat(transfer.at("/domains/0/status").asString()).isEqualTo("transfer-init");
    assertThat(transfer.at("/domains/0/domainID").isInt()).isTrue();

    assertThat(control("clock", "advanceMinutes", "5").path("transitions").asInt()).isEqualTo(1);
    assertThat(ok(encoding, "domain/getinfo", "domain", "vecino.net").path("status").asString())
        .isEqualTo("transfer-pending");
    control("clock", "advanceDays", "5");
    JsonNode active = ok(encoding, "domain/getinfo", "domain", "vecino.net");
    assertThat(active.path("status").asString()).isEqualTo("active");
    assertThat(active.path("tsExpir").asString()).isEqualTo("2027-09-15");

    JsonNode state = fixture.state("vecino.net");
    assertThat(state.path("status").asString()).isEqualTo("active");
    assertThat(state.at("/operations/transferred").asInt()).isEqualTo(1);
    assertThat(state.path("charges")).hasSize(1);
    assertThat(state.at("/charges/0/amount").decimalValue()).isEqualByComparingTo("11.50");
    assertThat(state.has("foreign")).as("no longer held elsewhere").isFalse();
    assertThat(
            ok(encoding, "domain/checkfortransfer", "domain", "vecino.net")
                .at("/domains/0/transfermsg/0")
                .asString())
        .isEqualTo("Domain in the system");
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void with_the_balance_at_zero_create_is_1100_and_nothing_is_created_or_charged(
      BodyEncoding encoding) {
    JsonNode account = control("account", "balance", "0");
    assertThat(account.path("balance").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);

    JsonNode refused = api(encoding, "domain/create", withOwner("domain", "tienda-ana.com"));

    assertThat(refused.path("errorCode").asInt()).isEqualTo(1100);
    assertThat(fixture.controlGet("domains/tienda-ana.com").status()).isEqualTo(404);
    assertThat(ok(encoding, "account/info").path("balance").decimalValue())
        .isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(ok(encoding, "domain/list").at("/queryInfo/total").asInt()).isZero();
    assertThat(ok(encoding, "contact/list").at("/queryInfo/total").asInt())
        .as("no contact made for the refused create")
        .isZero();

    control("account", "balance", "9.95");
    ok(encoding, "domain/create", withOwner("domain", "tienda-ana.com"));
    assertThat(ok(encoding, "account/info").path("balance").decimalValue())
        .isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void the_account_can_be_changed_as_a_whole() {
    JsonNode account =
        control(
            "account", "clientName", "Hosting Ana S.L.", "threshold", "25.5", "currency", "usd");

    assertThat(account.path("clientName").asString()).isEqualTo("Hosting Ana S.L.");
    JsonNode info = ok(BodyEncoding.URLENCODED, "account/info");
    assertThat(info.path("clientName").asString()).isEqualTo("Hosting Ana S.L.");
    assertThat(info.path("threshold").decimalValue()).isEqualByComparingTo("25.50");
    assertThat(info.path("currency").asString()).isEqualTo("USD");
    assertThat(
            ok(BodyEncoding.URLENCODED, "domain/check", "domain", "tienda-ana.com")
                .at("/domains/0/currency")
                .asString())
        .isEqualTo("USD");
  }

  @Test
  void the_clock_moves_forward_and_domains_follow() {
    Wire.Response read = fixture.controlGet("clock");
    assertThat(read.json().path("now").asString()).isEqualTo("2026-03-02 10:00:00");
    assertThat(read.json().path("offset").asString()).isEqualTo("PT0S");
    ok(BodyEncoding.URLENCODED, "domain/create", withOwner("domain", "tienda-ana.com"));

    JsonNode moved = control("clock", "advanceDays", "1", "advanceMinutes", "30");

    assertThat(moved.path("now").asString()).isEqualTo("2026-03-03 10:30:00");
    assertThat(moved.path("offset").asString()).isEqualTo("PT24H30M");
    assertThat(moved.path("transitions").asInt()).as("register-pending, then active").isEqualTo(2);
    assertThat(fixture.controlGet("clock").json().path("now").asString())
        .isEqualTo("2026-03-03 10:30:00");
    JsonNode info = ok(BodyEncoding.URLENCODED, "domain/getinfo", "domain", "tienda-ana.com");
    assertThat(info.path("status").asString()).isEqualTo("active");
    assertThat(info.path("tsExpir").asString()).isEqualTo("2027-03-02");
    assertThat(ok(BodyEncoding.URLENCODED, "tool/hello").path("ip").asString()).isNotEmpty();
  }

  @Test
  void the_domain_view_counts_operations_and_charges() {
    ok(BodyEncoding.URLENCODED, "domain/create", withOwner("domain", "tienda-ana.com"));
    control("clock", "advanceMinutes", "2");
    ok(
        BodyEncoding.MULTIPART,
        "domain/renew",
        "domain",
        "tienda-ana.com",
        "curExpDate",
        "2027-03-02");
    ok(
        BodyEncoding.URLENCODED,
        "domain/renew",
        "domain",
        "tienda-ana.com",
        "curExpDate",
        "2028-03-02",
        "period",
        "2");

    JsonNode state = fixture.state("TIENDA-ANA.COM");

    assertThat(state.path("domainID").asInt()).isEqualTo(47110001);
    assertThat(state.path("tsExpir").asString()).isEqualTo("2030-03-02");
    assertThat(state.path("operations").toString())
        .isEqualTo("{\"created\":1,\"transferred\":0,\"renewed\":2}");
    assertThat(state.path("charges"))
        .extracting(c -> c.path("action").asString() + " " + c.path("amount").decimalValue())
        .containsExactly("create 9.95", "renew 11.5", "renew 23.0");
    assertThat(state.at("/account/balance").decimalValue()).isEqualByComparingTo("955.55");
    assertThat(state.path("authcode").asString()).hasSize(14);
    assertThat(state.path("historyEntries").asInt()).isEqualTo(4);

    fixture.controlPost("foreign-domains", "domain", "vecino.net", "authcode", CODE);
    assertThat(fixture.state("vecino.net").path("status").asString()).isEqualTo("foreign");
    assertThat(fixture.state("vecino.net").at("/foreign/authcode").asString()).isEqualTo(CODE);
    assertThat(fixture.controlGet("domains/nadie.com").status()).isEqualTo(404);
    assertThat(fixture.controlGet("domains/not%20a%20name").status()).isEqualTo(404);
  }

  @Test
  void reset_brings_back_the_start_without_turning_the_clock_back() {
    ok(BodyEncoding.URLENCODED, "domain/create", withOwner("domain", "tienda-ana.com"));
    control("clock", "advanceDays", "3");
    control("account", "balance", "5");
    control("faults", "action", "domain/check", "mode", "reset");

    JsonNode reset = control("reset");

    assertThat(reset.path("reset").asBoolean()).isTrue();
    assertThat(fixture.controlGet("domains/tienda-ana.com").status()).isEqualTo(404);
    assertThat(fixture.controlGet("faults").json().path("faults")).isEmpty();
    assertThat(fixture.controlGet("calls").json().path("calls")).isEmpty();
    assertThat(ok(BodyEncoding.URLENCODED, "account/info").path("balance").decimalValue())
        .isEqualByComparingTo("1000");
    assertThat(fixture.controlGet("clock").json().path("offset").asString()).isEqualTo("PT72H");
    assertThat(
            ok(BodyEncoding.URLENCODED, "domain/check", "domain", "tienda-ana.com")
                .at("/domains/0/available")
                .asBoolean())
        .isTrue();
  }
}
