package org.regdesk.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.regdesk.dondominio.sandbox.http.Fault;
import tools.jackson.databind.JsonNode;

/**
 * Chaos: 500 orders (300 registrations, 100 transfers, then 100 renewals of registered domains)
 * while one registrar call in five of the orders' kinds is broken: HTTP 500, dropped connections,
 * garbage bodies, answers lost after the registry acted, refusals for lack of funds; status
 * look-ups fail too. Every order must end done, or failed with a message, and the registry's ledger
 * must match the desk: one operation and one charge per done order, none for a failed one, no
 * duplicates, and the account's balance down by exactly the sum of the charges.
 */
class OrderChaosIT {

  private static final long SEED = 20261128L;
  private static final int REGISTRATIONS = 300;
  private static final int TRANSFERS = 100;
  private static final int RENEWALS = 100;
  private static final double FAULT_RATE = 0.2;

  private record Placed(String type, String domain) {}

  @Test
  void everyOrderEndsDoneOrFailedWithAMessageAndNothingTwice() {
    Random random = new Random(SEED);
    try (OrderDesk desk = OrderDesk.start(false, Duration.ZERO, OrderDesk.fastSettings())) {
      Map<Long, Placed> orders = new LinkedHashMap<>();
      List<Integer> kinds = new ArrayList<>();
      for (int i = 0; i < REGISTRATIONS; i++) {
        kinds.add(0);
      }
      for (int i = 0; i < TRANSFERS; i++) {
        kinds.add(1);
      }
      java.util.Collections.shuffle(kinds, random);
      int n = 0;
      for (int kind : kinds) {
        n++;
        if (kind == 0) {
          String name = "chaos-reg-" + n + ".com";
          maybeFault(desk, random, "domain/create");
          orders.put(desk.placed("register", name, null), new Placed("register", name));
        } else {
          String name = "chaos-xfer-" + n + ".com";
          String code = "Code#" + n;
          desk.sandbox.addForeignDomain(name, code);
          maybeFault(desk, random, "domain/transfer");
          orders.put(desk.placed("transfer", name, code), new Placed("transfer", name));
        }
        maybeFault(desk, random, "domain/getinfo");
      }
      Map<Long, JsonNode> first =
          desk.awaitOrders(orders.keySet(), OrderDesk::finished, Duration.ofMinutes(3));

      List<String> registered =
          first.entrySet().stream()
              .filter(e -> orders.get(e.getKey()).type().equals("register"))
              .filter(e -> OrderDesk.text(e.getValue(), "status").equals("done"))
              .map(e -> orders.get(e.getKey()).domain())
              .toList();
      assertThat(registered.size()).as("registrations done").isGreaterThan(RENEWALS);
      for (int i = 0; i < RENEWALS; i++) {
        maybeFault(desk, random, "domain/renew");
        String name = registered.get(i);
        orders.put(desk.placed("renew", name, null), new Placed("renew", name));
      }
      Map<Long, JsonNode> all =
          desk.awaitOrders(orders.keySet(), OrderDesk::finished, Duration.ofMinutes(3));

      BigDecimal charged = BigDecimal.ZERO;
      BigDecimal balance = null;
      Map<String, Integer> outcomes = new LinkedHashMap<>();
      for (var entry : orders.entrySet()) {
        Placed placed = entry.getValue();
        JsonNode order = all.get(entry.getKey());
        String status = OrderDesk.text(order, "status");
        outcomes.merge(placed.type() + " " + status, 1, Integer::sum);
        JsonNode registry = desk.registryIfKnown(placed.domain()).orElse(null);
        String operation =
            switch (placed.type()) {
              case "register" -> "created";
              case "transfer" -> "transferred";
              default -> "renewed";
            };
        String charge =
            switch (placed.type()) {
              case "register" -> "create";
              case "transfer" -> "transfer";
              default -> "renew";
            };
        if (status.equals("done")) {
          assertThat(Ledger.operations(registry, operation)).as("%s", order).isEqualTo(1);
          assertThat(Ledger.charges(registry, charge)).as("%s", order).isEqualTo(1);
        } else {
          assertThat(status).as("%s", order).isEqualTo("failed");
          assertThat(OrderDesk.text(order, "message")).as("%s", order).isNotBlank();
          if (registry != null) {
            assertThat(Ledger.operations(registry, operation)).as("%s", order).isZero();
            assertThat(Ledger.charges(registry, charge)).as("%s", order).isZero();
          }
        }
        if (registry != null) {
          balance = Ledger.balance(registry);
        }
      }
      // each name's charges once (a renewed name is also a registered one)
      for (String name : orders.values().stream().map(Placed::domain).distinct().toList()) {
        JsonNode registry = desk.registryIfKnown(name).orElse(null);
        if (registry == null) {
          continue;
        }
        charged = charged.add(Ledger.charged(registry));
        if (Ledger.operations(registry, "created") + Ledger.operations(registry, "transferred")
            > 0) {
          Ledger.sameDomain(registry, desk.domain(name));
        }
      }
      assertThat(balance).isEqualByComparingTo(new BigDecimal("1000000").subtract(charged));
      System.out.println("Chaos outcomes (seed " + SEED + "): " + outcomes);
    }
  }

  /** With the fault rate's chance, breaks the next call of the action in a random way. */
  private static void maybeFault(OrderDesk desk, Random random, String action) {
    if (random.nextDouble() >= FAULT_RATE) {
      return;
    }
    boolean charged = !action.equals("domain/getinfo");
    int mode = random.nextInt(charged ? 5 : 3);
    desk.sandbox.fault(
        switch (mode) {
          case 0 -> Fault.http500(action);
          case 1 -> Fault.reset(action);
          case 2 -> Fault.malformed(action);
          case 3 -> Fault.applyThenDrop(action);
          default -> Fault.error(action, 1100);
        });
  }
}
