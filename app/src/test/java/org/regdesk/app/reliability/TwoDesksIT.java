package org.regdesk.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

/**
 * Two desks, each its own process, on one PostgreSQL database ({@code -Ppostgres}): orders placed
 * on both are each carried out exactly once — one create per domain at the registry, and every
 * job's attempts numbered 1, 2, 3 … one after the other, never two at once.
 */
@EnabledIfSystemProperty(named = "regdesk.test.postgres", matches = "true")
class TwoDesksIT {

  private static final int ORDERS = 100;

  @Test
  void eachJobRunsExactlyOnce() {
    try (OrderDesk desk = OrderDesk.start(true, Duration.ofMillis(50), OrderDesk.fastSettings())) {
      DeskProcess second = desk.addInstance();
      DeskClient[] apis = {desk.api, desk.api.at(second.uri())};
      Map<Long, String> orders = new LinkedHashMap<>();
      for (int i = 0; i < ORDERS; i++) {
        String name = "two-desks-" + i + ".com";
        long id =
            desk.place(apis[i % 2], "register", name, null).expect(201).body().get("id").asLong();
        orders.put(id, name);
      }
      Map<Long, JsonNode> finished =
          desk.awaitOrders(orders.keySet(), OrderDesk::finished, Duration.ofMinutes(3));

      Map<String, JsonNode> jobs = new LinkedHashMap<>();
      for (JsonNode job :
          desk.api.get("/api/v1/jobs?kind=register&size=500").expect(200).body().get("items")) {
        jobs.put(job.get("key").asString(), job);
      }
      for (var entry : orders.entrySet()) {
        String name = entry.getValue();
        assertThat(OrderDesk.text(finished.get(entry.getKey()), "status")).isEqualTo("done");
        assertThat(desk.calls("domain/create", name)).as("creates of %s", name).isEqualTo(1);
        assertThat(Ledger.charges(desk.registry(name), "create")).isEqualTo(1);
        long jobId = jobs.get("register:" + name).get("id").asLong();
        JsonNode attempts =
            desk.api.get("/api/v1/jobs/" + jobId).expect(200).body().get("attemptList");
        Instant previousEnd = Instant.MIN;
        int number = 0;
        for (JsonNode attempt : attempts) {
          number++;
          assertThat(attempt.get("number").asInt()).isEqualTo(number);
          Instant started = Instant.parse(attempt.get("startedAt").asString());
          assertThat(started)
              .as("attempt %s of %s starts after the last ended", number, name)
              .isAfterOrEqualTo(previousEnd);
          previousEnd = Instant.parse(attempt.get("finishedAt").asString());
        }
      }
    }
  }
}
