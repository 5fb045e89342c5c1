package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConcurrencyTest {

  @Test
  void readers_and_writers_in_parallel_leave_a_consistent_account() throws Exception {
    EngineFixture sandbox = EngineFixture.seeded(2_000, 77, "100000.00");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    AtomicInteger created = new AtomicInteger();
    List<Future<?>> tasks = new ArrayList<>();
    for (int w = 0; w < 3; w++) {
      int writer = w;
      tasks.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 40; i++) {
                  String name = "parallel-" + writer + "-" + i + ".com";
                  sandbox.engine.call(
                      "domain/create",
                      EngineFixture.params(EngineFixture.owner("domain", name)),
                      "10.0.0.1");
                  created.incrementAndGet();
                  sandbox.engine.advanceClock(EngineFixture.control("advanceMinutes", "1"));
                }
              }));
    }
    for (int r = 0; r < 3; r++) {
      tasks.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 40; i++) {
                  JsonNode page =
                      sandbox
                          .engine
                          .call(
                              "domain/list",
                              EngineFixture.params(
                                  "pageLength",
                                  "500",
                                  "page",
                                  String.valueOf(1 + i % 5),
                                  "infoType",
                                  "contact"),
                              "10.0.0.2")
                          .responseData();
                  assertThat(page.get("queryInfo").get("total").asInt())
                      .isGreaterThanOrEqualTo(1_900);
                }
              }));
    }
    for (Future<?> task : tasks) {
      task.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    JsonNode parallel = sandbox.call("domain/list", "word", "parallel-");
    assertThat(parallel.get("queryInfo").get("total").asInt())
        .isEqualTo(created.get())
        .isEqualTo(120);
    assertThat(
            sandbox
                .call("domain/list", "word", "parallel-", "status", "register-init")
                .get("queryInfo")
                .get("total")
                .asInt())
        .isLessThanOrEqualTo(1);
  }
}
