package org.regdesk.app.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.http.ApiCall;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * A whole installation for reliability tests: the DonDominio sandbox in this JVM on a free port
 * (faults, latency and its clock under the test's control), and one or more desks as child
 * processes on one database, configured through the REST API only: the DonDominio plugin pointed at
 * the sandbox, a product group, the {@code .com} product sold through the plugin, and a customer.
 *
 * <p>The sandbox's registry takes two sandbox minutes to activate a registration and five days to
 * complete a transfer; {@link #awaitOrders} moves the sandbox clock forward while it waits, so the
 * tests see real life cycles in seconds.
 */
final class OrderDesk implements AutoCloseable {

  /** The API password the sandbox accepts. */
  static final String API_PASSWORD = "reliab-Secret-9";

  /** The settings every test desk runs with: short polls and back-offs instead of minutes. */
  static Map<String, String> fastSettings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("regdesk.jobs.polling-interval", "200ms");
    settings.put("regdesk.jobs.heartbeat-interval", "1s");
    settings.put("regdesk.jobs.retry-delay", "300ms");
    settings.put("regdesk.jobs.retry-factor", "1.5");
    settings.put("regdesk.jobs.max-retry-delay", "2s");
    settings.put("regdesk.jobs.max-attempts", "12");
    settings.put("regdesk.jobs.flagged-plugin-wait", "2s");
    settings.put("regdesk.orders.poll-interval", "500ms");
    settings.put("regdesk.orders.transfer-poll-interval", "500ms");
    settings.put("regdesk.orders.max-transfer-poll-interval", "1s");
    settings.put("logging.level.org.regdesk.dondominio", "WARN");
    return settings;
  }

  final Sandbox sandbox;
  final Path dataDir;
  final DeskDatabase database;
  final List<DeskProcess> desks = new ArrayList<>();
  final DeskClient api;
  final long customerId;
  private final Map<String, String> settings;

  private OrderDesk(
      Sandbox sandbox,
      Path dataDir,
      DeskDatabase database,
      DeskProcess desk,
      String token,
      Map<String, String> settings) {
    this.sandbox = sandbox;
    this.dataDir = dataDir;
    this.database = database;
    this.desks.add(desk);
    this.settings = settings;
    this.api = new DeskClient(desk.uri(), token);
    configure();
    this.customerId = createCustomer();
  }

  /**
   * Starts the sandbox and one desk, and configures the desk.
   *
   * @param postgres true for a PostgreSQL schema, false for the H2 file
   * @param sandboxLatency what every API answer waits
   * @param settings the desk's settings ({@link #fastSettings()} or others)
   * @return the installation
   */
  static OrderDesk start(boolean postgres, Duration sandboxLatency, Map<String, String> settings) {
    Sandbox sandbox =
        Sandbox.builder()
            .port(0)
            .apiUser("reliab")
            .apiPassword(API_PASSWORD)
            .balance(new BigDecimal("1000000"))
            .latency(sandboxLatency)
            .workerThreads(64)
            .start();
    Path dataDir;
    try {
      dataDir = Files.createTempDirectory("regdesk-reliability-");
    } catch (IOException e) {
      sandbox.close();
      throw new UncheckedIOException(e);
    }
    DeskDatabase database = postgres ? DeskDatabase.postgres() : DeskDatabase.h2();
    try {
      String token = ApiTokenIssuer.issue(database, dataDir);
      DeskProcess desk = DeskProcess.start("desk-1", database, dataDir, settings);
      return new OrderDesk(sandbox, dataDir, database, desk, token, settings);
    } catch (RuntimeException failed) {
      database.close();
      sandbox.close();
      throw failed;
    }
  }

  /**
   * Starts another desk on the same database and data directory (PostgreSQL only).
   *
   * @return the new instance
   */
  DeskProcess addInstance() {
    DeskProcess desk = DeskProcess.start("desk-" + (desks.size() + 1), database, dataDir, settings);
    desks.add(desk);
    return desk;
  }

  DeskProcess desk() {
    return desks.get(0);
  }

  /** Saves the DonDominio plugin's settings: the sandbox's URL and credentials. */
  void savePluginSettings() {
    Map<String, String> plugin = new LinkedHashMap<>();
    plugin.put("environment", "custom");
    plugin.put("customUrl", sandbox.uri().toString());
    plugin.put("apiUsername", "reliab");
    plugin.put("apiKey", API_PASSWORD);
    api.put("/api/v1/registrars/dondominio/settings", plugin).expect(200);
  }

  private void configure() {
    savePluginSettings();
    long group =
        api.post(
                "/api/v1/product-groups",
                Map.of("name", "Domains", "description", "Domain names", "type", "DOMAIN"))
            .expect(201)
            .body()
            .get("id")
            .asLong();
    Map<String, Object> product = new LinkedHashMap<>();
    product.put("tld", "com");
    product.put("groupId", group);
    product.put("registrarPlugin", "dondominio");
    product.put(
        "prices",
        Map.of(
            "register", Map.of("1", "12.00", "2", "24.00"),
            "transfer", Map.of("1", "12.00"),
            "renew", Map.of("1", "14.00")));
    api.post("/api/v1/tld-products", product).expect(201);
  }

  /** A customer with the identity number DonDominio needs (the desk's built-in VAT Number). */
  private long createCustomer() {
    Map<String, Object> customer = new LinkedHashMap<>();
    customer.put("customFields", Map.of("vatNumber", "12345678Z"));
    customer.put("firstName", "Ana");
    customer.put("lastName", "García");
    customer.put("email", "ana@tienda-ana.es");
    customer.put("phone", "+34 600 111 222");
    customer.put("address1", "Calle Mayor 1");
    customer.put("city", "Barcelona");
    customer.put("state", "Barcelona");
    customer.put("postalCode", "08001");
    customer.put("country", "ES");
    return api.post("/api/v1/customers", customer).expect(201).body().get("id").asLong();
  }

  /**
   * Places an order through {@code POST /api/v1/orders}.
   *
   * @param type register, transfer or renew
   * @param domain the domain
   * @param authCode a transfer's auth code, else null
   * @return the answer (201 with the order, or an error)
   */
  DeskClient.Answer place(String type, String domain, String authCode) {
    return place(api, type, domain, authCode);
  }

  /**
   * Places an order through one desk's {@code POST /api/v1/orders}.
   *
   * @param via the desk's API
   * @param type register, transfer or renew
   * @param domain the domain
   * @param authCode a transfer's auth code, else null
   * @return the answer (201 with the order, or an error)
   */
  DeskClient.Answer place(DeskClient via, String type, String domain, String authCode) {
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("type", type);
    order.put("domain", domain);
    order.put("customerId", customerId);
    if (!type.equals("transfer")) {
      order.put("years", 1);
    }
    if (authCode != null) {
      order.put("authCode", authCode);
    }
    order.put("fields", Map.of());
    return via.post("/api/v1/orders", order);
  }

  /** Places an order that must be accepted; its id. */
  long placed(String type, String domain, String authCode) {
    return place(type, domain, authCode).expect(201).body().get("id").asLong();
  }

  JsonNode order(long id) {
    return api.get("/api/v1/orders/" + id).expect(200).body();
  }

  /** Every order, by id, read 500 at a time from the list. */
  Map<Long, JsonNode> allOrders() {
    Map<Long, JsonNode> all = new LinkedHashMap<>();
    for (int page = 1; ; page++) {
      JsonNode body = api.get("/api/v1/orders?size=500&page=" + page).expect(200).body();
      for (JsonNode order : body.get("items")) {
        all.put(order.get("id").asLong(), order);
      }
      if (page >= body.get("totalPages").asInt()) {
        return all;
      }
    }
  }

  JsonNode domain(String name) {
    return api.get("/api/v1/domains/" + name).expect(200).body();
  }

  /** The sandbox's internal view of a name (operations, charges, status, expiry). */
  JsonNode registry(String name) {
    return sandbox
        .domainState(name)
        .orElseThrow(() -> new AssertionError("the sandbox does not know " + name));
  }

  Optional<JsonNode> registryIfKnown(String name) {
    return sandbox.domainState(name);
  }

  /** Calls the sandbox received for an action and a domain. */
  long calls(String action, String domain) {
    return sandbox.calls().stream()
        .filter(c -> c.action().equals(action))
        .filter(c -> domain == null || domain.equals(c.parameters().get("domain")))
        .count();
  }

  List<ApiCall> calls() {
    return sandbox.calls();
  }

  /**
   * Waits until every order satisfies a condition, moving the sandbox clock forward meanwhile (a
   * minute per look, a day per look while a transfer is open, so registries finish their work).
   *
   * @param ids the orders
   * @param settled when an order counts as settled
   * @param limit the longest wait
   * @return the orders as last read, by id
   */
  Map<Long, JsonNode> awaitOrders(
      Collection<Long> ids, Predicate<JsonNode> settled, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    Map<Long, JsonNode> last = new LinkedHashMap<>();
    while (true) {
      boolean all = true;
      boolean transferOpen = false;
      Map<Long, JsonNode> listed = ids.size() > 20 ? allOrders() : Map.of();
      for (long id : ids) {
        JsonNode order = last.get(id);
        if (order == null || !settled.test(order)) {
          order = listed.containsKey(id) ? listed.get(id) : order(id);
          last.put(id, order);
        }
        if (!settled.test(order)) {
          all = false;
          transferOpen |= "transfer".equals(text(order, "type"));
        }
      }
      if (all) {
        return last;
      }
      if (System.nanoTime() > deadline) {
        List<String> open = new ArrayList<>();
        last.forEach(
            (id, order) -> {
              if (!settled.test(order)) {
                open.add(order.toString());
              }
            });
        throw new AssertionError(
            open.size()
                + " orders not settled within "
                + limit
                + ", e.g. "
                + open.get(0)
                + "\n"
                + diagnostics());
      }
      sandbox.advanceClock(transferOpen ? Duration.ofDays(1) : Duration.ofMinutes(1));
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
    }
  }

  /**
   * Waits (bounded) until a condition holds, moving nothing.
   *
   * @param what what is awaited, for the failure message
   * @param condition the condition
   * @param limit the longest wait
   */
  void await(String what, java.util.function.BooleanSupplier condition, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + limit + ": " + what + "\n" + diagnostics());
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
  }

  /** The desks' last log lines and the sandbox's last calls, for failure messages. */
  String diagnostics() {
    StringBuilder text = new StringBuilder();
    for (DeskProcess desk : desks) {
      text.append("--- desk log ---\n").append(desk.tail()).append('\n');
    }
    try {
      text.append("--- jobs ---\n").append(api.get("/api/v1/jobs?size=3").body()).append('\n');
      text.append("--- orders ---\n").append(api.get("/api/v1/orders?size=3").body()).append('\n');
    } catch (RuntimeException unreachable) {
      text.append("(desk unreachable: ").append(unreachable).append(")\n");
    }
    List<ApiCall> calls = sandbox.calls();
    text.append("--- last sandbox calls ---\n");
    calls
        .subList(Math.max(0, calls.size() - 10), calls.size())
        .forEach(
            c ->
                text.append(c.action())
                    .append(' ')
                    .append(c.errorCode())
                    .append(' ')
                    .append(c.fault())
                    .append('\n'));
    return text.toString();
  }

  /** Done or failed: nothing more will happen without staff. */
  static boolean finished(JsonNode order) {
    String status = text(order, "status");
    return status.equals("done") || status.equals("failed");
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asString();
  }

  /** Stops every desk, drops the database, stops the sandbox, deletes the data directory. */
  @Override
  public void close() {
    for (DeskProcess desk : desks) {
      desk.close();
    }
    database.close();
    sandbox.close();
    if (!Boolean.getBoolean("regdesk.reliability.keep")) {
      FileSystemUtils.deleteRecursively(dataDir.toFile());
    }
  }
}
