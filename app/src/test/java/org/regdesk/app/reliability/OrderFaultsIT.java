package org.regdesk.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.dondominio.sandbox.http.ApiCall;
import org.regdesk.dondominio.sandbox.http.Fault;
import tools.jackson.databind.JsonNode;

/**
 * Registrar faults over real HTTP, injected by the sandbox, against the desk's jar in its own
 * process: a lost answer after the registry acted ({@code apply-then-drop}) on create, transfer and
 * renew; bursts of HTTP 500 and dropped connections; credentials the registrar refuses. Each time
 * the registry's ledger (operations, charges, calls received) is compared with the desk.
 */
class OrderFaultsIT {

  private static final Duration LIMIT = Duration.ofSeconds(90);

  private static OrderDesk desk;

  @BeforeAll
  static void start() {
    desk = OrderDesk.start(false, Duration.ZERO, OrderDesk.fastSettings());
  }

  @AfterAll
  static void stop() {
    if (desk != null) {
      desk.close();
    }
  }

  @BeforeEach
  void noFaults() {
    desk.sandbox.clearFaults();
  }

  private JsonNode awaitDone(long id) {
    JsonNode order = desk.awaitOrders(List.of(id), OrderDesk::finished, LIMIT).get(id);
    assertThat(OrderDesk.text(order, "status")).as("order %s", order).isEqualTo("done");
    return order;
  }

  /** Calls of an action for a domain that reached the registry (not stopped by a fault). */
  private long ran(String action, String domain) {
    return desk.calls().stream()
        .filter(c -> c.action().equals(action))
        .filter(c -> domain.equals(c.parameters().get("domain")))
        .filter(ApiCall::reachedEngine)
        .count();
  }

  @Test
  void lostAnswerToCreateRegistersOnce() {
    String name = "lost-create.com";
    desk.sandbox.fault(Fault.applyThenDrop("domain/create"));

    awaitDone(desk.placed("register", name, null));

    JsonNode registry = desk.registry(name);
    assertThat(Ledger.operations(registry, "created")).isEqualTo(1);
    assertThat(Ledger.charges(registry, "create")).isEqualTo(1);
    assertThat(desk.calls("domain/create", name))
        .as("the create is never sent again after the lost answer")
        .isEqualTo(1);
    Ledger.sameDomain(registry, desk.domain(name));
  }

  @Test
  void lostAnswerToTransferTransfersOnce() {
    String name = "lost-transfer.com";
    desk.sandbox.addForeignDomain(name, "Tr4nsfer#Code");
    desk.sandbox.fault(Fault.applyThenDrop("domain/transfer"));

    awaitDone(desk.placed("transfer", name, "Tr4nsfer#Code"));

    JsonNode registry = desk.registry(name);
    assertThat(Ledger.operations(registry, "transferred")).isEqualTo(1);
    assertThat(Ledger.charges(registry, "transfer")).isEqualTo(1);
    assertThat(desk.calls("domain/transfer", name)).isEqualTo(1);
    Ledger.sameDomain(registry, desk.domain(name));
  }

  @Test
  void lostAnswerToRenewRenewsOnce() {
    String name = "lost-renew.com";
    awaitDone(desk.placed("register", name, null));
    String before = OrderDesk.text(desk.domain(name), "expiresOn");
    desk.sandbox.fault(Fault.applyThenDrop("domain/renew"));

    awaitDone(desk.placed("renew", name, null));

    JsonNode registry = desk.registry(name);
    assertThat(Ledger.operations(registry, "renewed")).isEqualTo(1);
    assertThat(Ledger.charges(registry, "renew")).isEqualTo(1);
    assertThat(desk.calls("domain/renew", name)).isEqualTo(1);
    Ledger.sameDomain(registry, desk.domain(name));
    assertThat(OrderDesk.text(desk.domain(name), "expiresOn"))
        .isEqualTo(java.time.LocalDate.parse(before).plusYears(1).toString());
  }

  @Test
  void serverErrorsAndDroppedConnectionsAreRetriedUntilDone() {
    String name = "bursts.com";
    desk.sandbox.fault(Fault.http500("domain/create").times(3));
    desk.sandbox.fault(Fault.reset("domain/create").times(2));
    desk.sandbox.fault(Fault.http500("domain/getinfo").times(2));

    awaitDone(desk.placed("register", name, null));

    JsonNode registry = desk.registry(name);
    assertThat(desk.calls("domain/create", name))
        .as("three 500s, two resets, one success")
        .isEqualTo(6);
    assertThat(ran("domain/create", name)).isEqualTo(1);
    assertThat(Ledger.operations(registry, "created")).isEqualTo(1);
    assertThat(Ledger.charges(registry, "create")).isEqualTo(1);
    Ledger.sameDomain(registry, desk.domain(name));
  }

  @Test
  void refusedCredentialsStopTheJobFlagThePluginAndHoldTheOthers() {
    // the registrar starts refusing the desk's password (1004) on create
    desk.sandbox.fault(Fault.error("domain/create", 1004).times(1000));
    String first = "refused-0.com";
    long firstOrder = desk.placed("register", first, null);
    JsonNode failed =
        desk.awaitOrders(List.of(firstOrder), OrderDesk::finished, LIMIT).get(firstOrder);
    assertThat(OrderDesk.text(failed, "status")).isEqualTo("failed");

    List<Long> held = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      names.add("refused-" + i + ".com");
      held.add(desk.placed("register", "refused-" + i + ".com", null));
    }
    desk.await(
        "the later orders' jobs wait for the flagged plugin",
        () -> names.stream().allMatch(n -> "waiting".equals(jobState(n))),
        LIMIT);
    assertThat(job(names.get(0)).get("lastMessage").asString()).contains("flagged");
    assertThat(jobState(first)).isEqualTo("needs_attention");
    assertThat(desk.calls().stream().filter(c -> c.action().equals("domain/create")).count())
        .as("one refused create, none for the held orders, no retries")
        .isEqualTo(1);

    // staff fix the cause: the registrar accepts again, the settings are saved, the order retried
    desk.sandbox.clearFaults();
    desk.savePluginSettings();
    desk.api.post("/api/v1/orders/" + firstOrder + "/retry", Map.of()).expect(200);
    List<Long> all = new ArrayList<>(held);
    all.add(firstOrder);
    Map<Long, JsonNode> done = desk.awaitOrders(all, OrderDesk::finished, LIMIT);
    done.values()
        .forEach(o -> assertThat(OrderDesk.text(o, "status")).as("%s", o).isEqualTo("done"));
    List<String> every = new ArrayList<>(names);
    every.add(first);
    for (String name : every) {
      assertThat(Ledger.operations(desk.registry(name), "created")).isEqualTo(1);
      assertThat(ran("domain/create", name)).isEqualTo(1);
    }
  }

  private JsonNode job(String domain) {
    for (JsonNode job :
        desk.api.get("/api/v1/jobs?kind=register&size=200").expect(200).body().get("items")) {
      if (job.get("key").asString().equals("register:" + domain)) {
        return job;
      }
    }
    throw new AssertionError("no job for " + domain);
  }

  private String jobState(String domain) {
    return job(domain).get("state").asString();
  }
}
