package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.engine.ApiError;
import org.regdesk.dondominio.sandbox.engine.Params;
import org.regdesk.dondominio.sandbox.engine.SandboxClock;
import tools.jackson.databind.JsonNode;

/**
 * A fresh sandbox on a frozen clock (so dates in answers can be pinned exactly), one keep-alive
 * connection to it, and the setup steps wire tests need. Setup goes through the in-process API
 * ({@link Sandbox#engine()}, {@link Sandbox#advanceClock}, ...), which is quicker than HTTP and not
 * what is under test; each step must succeed. Values a later request needs (a contact ID) are kept
 * as variables that request fields refer to as {@code ${name}}.
 */
final class WireFixture implements AutoCloseable {
  static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

  /** A complete inline owner, as official plugins send it. */
  static final Map<String, String> OWNER = owner();

  final Sandbox sandbox;
  private final KeepAliveConnection connection;
  private final Map<String, String> variables = new HashMap<>();

  WireFixture() {
    this(builder -> {});
  }

  /** With more settings, e.g. a recording sleeper. */
  WireFixture(Consumer<Sandbox.Builder> settings) {
    Sandbox.Builder builder = Sandbox.builder().port(0).clock(SandboxClock.fixed(START));
    settings.accept(builder);
    this.sandbox = builder.start();
    this.connection = new KeepAliveConnection(sandbox.port());
  }

  @Override
  public void close() {
    connection.close();
    sandbox.close();
  }

  private static Map<String, String> owner() {
    Map<String, String> owner = new LinkedHashMap<>();
    owner.put("ownerContactType", "individual");
    owner.put("ownerContactFirstName", "Ana");
    owner.put("ownerContactLastName", "García");
    owner.put("ownerContactIdentNumber", "12345678Z");
    owner.put("ownerContactEmail", "ana@tienda-ana.es");
    owner.put("ownerContactPhone", "+34.600111222");
    owner.put("ownerContactAddress", "Calle Mayor 1\r\n2º B");
    owner.put("ownerContactPostalCode", "08001");
    owner.put("ownerContactCity", "Barcelona");
    owner.put("ownerContactState", "Barcelona");
    owner.put("ownerContactCountry", "ES");
    return Map.copyOf(owner);
  }

  /** {@code ${name}} in a field value. */
  private String resolve(String value) {
    String resolved = value;
    for (Map.Entry<String, String> variable : variables.entrySet()) {
      resolved = resolved.replace("${" + variable.getKey() + "}", variable.getValue());
    }
    assertThat(resolved).as("unresolved variable in %s", value).doesNotContain("${");
    return resolved;
  }

  private void set(String variable, String value) {
    variables.put(variable, value);
  }

  /** An API call with the credentials; the answer as the client saw it. */
  Wire.Response send(BodyEncoding encoding, String action, Map<String, String> fields) {
    Map<String, String> all = Wire.credentials();
    fields.forEach((name, value) -> all.put(name, resolve(value)));
    return connection.post("/" + action + "/", encoding.contentType(), encoding.encode(all));
  }

  /** {@code GET /_sandbox/...} on the same connection. */
  Wire.Response controlGet(String path) {
    return connection.get("/_sandbox/" + path);
  }

  /** {@code POST /_sandbox/...} with a form, on the same connection. */
  Wire.Response controlPost(String path, String... nameValues) {
    BodyEncoding form = BodyEncoding.URLENCODED;
    return connection.post("/_sandbox/" + path, form.contentType(), form.encode(pairs(nameValues)));
  }

  /** The internal view of a domain, which must exist. */
  JsonNode state(String domain) {
    Wire.Response response = controlGet("domains/" + domain);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  /** A setup call that must succeed; its responseData. */
  JsonNode call(String action, String... nameValues) {
    return call(action, pairs(nameValues));
  }

  private JsonNode call(String action, Map<String, String> fields) {
    Map<String, String> all = Wire.credentials();
    fields.forEach((name, value) -> all.put(name, resolve(value)));
    try {
      return sandbox.engine().call(action, Params.of(all), "127.0.0.1").responseData();
    } catch (ApiError e) {
      throw new AssertionError("setup " + action + " refused: " + e.getMessage(), e);
    }
  }

  /** Changes the account ({@code balance}, ...), as {@code POST /_sandbox/account} does. */
  void account(String... nameValues) {
    sandbox.updateAccount(pairs(nameValues));
  }

  void advanceMinutes(long minutes) {
    sandbox.advanceClock(Duration.ofMinutes(minutes));
  }

  void advanceDays(long days) {
    sandbox.advanceClock(Duration.ofDays(days));
  }

  /** {@code domain/create} with the inline owner; the domain is in {@code register-init}. */
  JsonNode create(String domain, String... extra) {
    Map<String, String> fields = new LinkedHashMap<>(OWNER);
    fields.put("domain", domain);
    fields.putAll(pairs(extra));
    return call("domain/create", fields);
  }

  /** A registered, {@code active} domain (created, then two minutes pass). */
  void active(String domain, String... extra) {
    create(domain, extra);
    advanceMinutes(2);
  }

  /** A contact made with {@code contact/create}, its ID kept as variable {@code variable}. */
  String contact(String variable, String firstName, String email) {
    String id =
        call(
                "contact/create",
                "Type",
                "individual",
                "FirstName",
                firstName,
                "LastName",
                "Ruiz",
                "IdentNumber",
                "X1234567L",
                "Email",
                email,
                "Phone",
                "+34.933000111",
                "Address",
                "Rambla 5",
                "PostalCode",
                "08002",
                "City",
                "Barcelona",
                "State",
                "Barcelona",
                "Country",
                "ES")
            .path("contactID")
            .asString();
    set(variable, id);
    return id;
  }

  /** A domain at another registrar, transferable with {@code authcode}. */
  void foreign(String domain, String authcode, String... extra) {
    String[] fields = {"domain", domain, "authcode", authcode};
    sandbox.addForeignDomain(pairs(concat(fields, extra)));
  }

  /** A transfer in of a domain added with {@link #foreign}, still in {@code transfer-init}. */
  void transferringWithCode(String domain, String authcode) {
    Map<String, String> fields = new LinkedHashMap<>(OWNER);
    fields.put("domain", domain);
    fields.put("authcode", authcode);
    call("domain/transfer", fields);
  }

  static Map<String, String> pairs(String... nameValues) {
    assertThat(nameValues.length % 2).as("name/value pairs").isZero();
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      fields.put(nameValues[i], nameValues[i + 1]);
    }
    return fields;
  }

  static String[] concat(String[] a, String... b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
