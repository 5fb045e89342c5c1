package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A sandbox engine on a frozen clock, with terse helpers to call actions as a client would. */
final class EngineFixture {
  static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
  static final String IP = "203.0.113.7";

  final SandboxClock clock;
  final SandboxEngine engine;

  private EngineFixture(SandboxEngine.Config config) {
    this.clock = SandboxClock.fixed(START);
    this.engine = SandboxEngine.create(config, clock);
  }

  static EngineFixture empty() {
    return new EngineFixture(SandboxEngine.Config.defaults());
  }

  static EngineFixture withBalance(String balance) {
    return new EngineFixture(
        new SandboxEngine.Config("sandbox", "sandbox", new BigDecimal(balance), "EUR", 0, 1L));
  }

  static EngineFixture seeded(int domains, long seed) {
    return seeded(domains, seed, "1000.00");
  }

  static EngineFixture seeded(int domains, long seed, String balance) {
    return new EngineFixture(
        new SandboxEngine.Config(
            "sandbox", "sandbox", new BigDecimal(balance), "EUR", domains, seed));
  }

  /** Fields as name/value pairs, plus the credentials. */
  static Params params(String... nameValues) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("apiuser", "sandbox");
    fields.put("apipasswd", "sandbox");
    for (int i = 0; i < nameValues.length; i += 2) {
      fields.put(nameValues[i], nameValues[i + 1]);
    }
    return Params.of(fields);
  }

  /** Fields without credentials, for the control API. */
  static Params control(String... nameValues) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      fields.put(nameValues[i], nameValues[i + 1]);
    }
    return Params.of(fields);
  }

  JsonNode call(String action, String... nameValues) {
    return engine.call(action, params(nameValues), IP).responseData();
  }

  ApiResult result(String action, String... nameValues) {
    return engine.call(action, params(nameValues), IP);
  }

  ApiError fail(String action, String... nameValues) {
    ApiError error =
        catchThrowableOfType(ApiError.class, () -> engine.call(action, params(nameValues), IP));
    assertThat(error).as("%s should have been refused", action).isNotNull();
    return error;
  }

  void advanceMinutes(long minutes) {
    engine.advanceClock(control("advanceMinutes", String.valueOf(minutes)));
  }

  void advanceDays(long days) {
    engine.advanceClock(control("advanceDays", String.valueOf(days)));
  }

  void advance(Duration duration) {
    advanceMinutes(duration.toMinutes());
  }

  JsonNode state(String name) {
    return engine.domainState(name).orElseThrow();
  }

  BigDecimal balance() {
    return call("account/info").get("balance").decimalValue();
  }

  /** A complete inline owner (and defaults for the other roles). */
  static String[] owner(String... extra) {
    String[] base = {
      "ownerContactType", "individual",
      "ownerContactFirstName", "Ana",
      "ownerContactLastName", "Garcia",
      "ownerContactIdentNumber", "12345678Z",
      "ownerContactEmail", "ana@example.org",
      "ownerContactPhone", "+34.600111222",
      "ownerContactAddress", "Calle Mayor 1",
      "ownerContactPostalCode", "08001",
      "ownerContactCity", "Barcelona",
      "ownerContactState", "Barcelona",
      "ownerContactCountry", "ES"
    };
    return concat(base, extra);
  }

  static String[] concat(String[] a, String... b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** {@code domain/create} with an inline owner; returns the responseData. */
  JsonNode create(String domain, String... extra) {
    return call("domain/create", concat(owner("domain", domain), extra));
  }

  /** Creates a domain and lets the registration complete. */
  JsonNode createActive(String domain, String... extra) {
    JsonNode created = create(domain, extra);
    advanceMinutes(3);
    return created;
  }

  String expiry(String domain) {
    return call("domain/getinfo", "domain", domain).get("tsExpir").asString();
  }

  String status(String domain) {
    return call("domain/getinfo", "domain", domain).get("status").asString();
  }
}
