package org.regdesk.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

/**
 * The desk's process is killed ({@code kill -9}) in the middle of a batch of registrations and
 * started again on the same database: every order finishes, and the registry ran and charged each
 * registration exactly once, with no create sent twice.
 *
 * <p>The kill falls while creates are in flight: the sandbox answers each call 150 ms late, and no
 * order can be done before the kill because the registry activates registrations only when the test
 * moves the sandbox clock, which it does after the restart. The registrations sent before the kill
 * are finished by the restarted desk's registration watch, which adopts what no running desk
 * follows (their own jobs would look only after five minutes, past this test's wait).
 */
class OrderCrashIT {

  private static final int ORDERS = 50;

  @Test
  void everyOrderFinishesOnceAfterKillOnH2() {
    killInTheMiddle(false);
  }

  @Test
  @EnabledIfSystemProperty(named = "regdesk.test.postgres", matches = "true")
  void everyOrderFinishesOnceAfterKillOnPostgres() {
    killInTheMiddle(true);
  }

  private void killInTheMiddle(boolean postgres) {
    try (OrderDesk desk =
        OrderDesk.start(postgres, Duration.ofMillis(150), OrderDesk.fastSettings())) {
      Map<Long, String> orders = new LinkedHashMap<>();
      for (int i = 0; i < ORDERS; i++) {
        String name = "crash-" + (postgres ? "pg" : "h2") + "-" + i + ".com";
        orders.put(desk.placed("register", name, null), name);
      }

      // kill once a few creates reached the registry, while others are being sent
      desk.await(
          "five creates at the registry",
          () -> desk.calls().stream().filter(c -> c.action().equals("domain/create")).count() >= 5,
          Duration.ofSeconds(60));
      desk.desk().kill();
      long sentBeforeKill =
          desk.calls().stream().filter(c -> c.action().equals("domain/create")).count();
      assertThat(sentBeforeKill).as("creates sent before the kill").isLessThan(ORDERS);

      desk.desk().restart();
      Map<Long, JsonNode> finished =
          desk.awaitOrders(orders.keySet(), OrderDesk::finished, Duration.ofMinutes(3));

      BigDecimal charged = BigDecimal.ZERO;
      BigDecimal balance = null;
      for (var entry : orders.entrySet()) {
        String name = entry.getValue();
        assertThat(OrderDesk.text(finished.get(entry.getKey()), "status"))
            .as("order for %s: %s", name, finished.get(entry.getKey()))
            .isEqualTo("done");
        JsonNode registry = desk.registry(name);
        assertThat(Ledger.operations(registry, "created")).as("creates of %s", name).isEqualTo(1);
        assertThat(Ledger.charges(registry, "create")).as("charges of %s", name).isEqualTo(1);
        assertThat(desk.calls("domain/create", name)).as("create calls for %s", name).isEqualTo(1);
        Ledger.sameDomain(registry, desk.domain(name));
        charged = charged.add(Ledger.charged(registry));
        balance = Ledger.balance(registry);
      }
      assertThat(charged)
          .isEqualByComparingTo(new BigDecimal("9.95").multiply(BigDecimal.valueOf(ORDERS)));
      assertThat(balance).isEqualByComparingTo(new BigDecimal("1000000").subtract(charged));
    }
  }
}
