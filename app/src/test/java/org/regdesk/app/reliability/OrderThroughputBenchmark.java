package org.regdesk.app.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.regdesk.dondominio.sandbox.http.ApiCall;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Order throughput: 1,000 registrations placed through {@code POST /api/v1/orders} against a
 * sandbox answering every API call 100 ms late, carried out by one desk and then by two desks on
 * one PostgreSQL database (each desk its own process with the default 8 job threads), side by side
 * in one run. Throughput is orders done (active at the registry, expiry stored) per second, from
 * the first order placed to the last one done; the run then also waits for the low-priority
 * renewal-mode follow-ups and reports when the last was sent. Each run first places 1,500
 * registrations per desk that are not measured, so the desks' JIT and pools are warm as in a desk
 * that has been running. The sandbox clock is moved a minute every 200 ms so its registry activates
 * registrations in about a second instead of two minutes.
 *
 * <p>Not a test: run it by hand (see {@code docs/benchmarks.md}):
 *
 * <pre>
 * ./mvnw -B -q -pl app -am package -DskipTests
 * ./mvnw -B -q -pl app org.codehaus.mojo:exec-maven-plugin:3.6.4:java \
 *   -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.regdesk.app.reliability.OrderThroughputBenchmark \
 *   -Dexec.args="1000 regdesk.orders.poll-interval=1s regdesk.jobs.polling-interval=1s"
 * </pre>
 *
 * <p>Arguments: the number of orders (default 1000), then desk settings as {@code key=value} (the
 * desk's defaults otherwise). Needs the PostgreSQL at 127.0.0.1:5432 ({@code test}, user {@code
 * postgres}).
 */
public final class OrderThroughputBenchmark {

  private static final Duration LATENCY = Duration.ofMillis(100);
  private static final int CLIENTS = 16;

  /**
   * Registrations placed before the measured ones, per desk (each desk compiles its own code), to
   * warm the desks up; {@code -Dregdesk.bench.warm-up=N} sets another number. A desk held to 0.3
   * CPU still spent 10-30 % of it compiling after 600; after 1,500 the two-desk ratio no longer
   * carries the second desk's compiling (see {@code docs/benchmarks.md}).
   */
  private static final int WARM_UP = Integer.getInteger("regdesk.bench.warm-up", 1500);

  private OrderThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    int orders = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      String[] pair = args[i].split("=", 2);
      settings.put(pair[0], pair[1]);
    }
    settings.put("logging.level.org.regdesk.dondominio", "WARN");
    // desks as users run them (./regdesk start): the JVM's default JIT, collector and heap
    System.setProperty(DeskProcess.PRODUCTION_JVM, "true");
    System.out.printf(
        "%d cores, %s %s; %d orders, sandbox latency %d ms, CPUs per desk %s, desk settings %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        orders,
        LATENCY.toMillis(),
        System.getProperty(DeskProcess.CPU_QUOTA, "unlimited"),
        settings);
    Result one = run(1, orders, settings);
    System.out.println(one);
    Result two = run(2, orders, settings);
    System.out.println(two);
    System.out.printf(Locale.ROOT, "two desks / one desk: %.2fx%n", two.perSecond / one.perSecond);
    System.exit(0);
  }

  record Result(
      int instances,
      int orders,
      int done,
      double placeSeconds,
      double totalSeconds,
      double perSecond,
      Map<String, Double> callsPerOrder,
      long p50Millis,
      long p95Millis,
      double followUpSeconds,
      double boxBusy) {

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d desk(s): %d of %d orders done in %.1f s = %.1f orders/s (all placed after %.1f s);"
              + " placed-to-done p50 %d ms, p95 %d ms; renewal-mode follow-ups all sent after"
              + " %.1f s; registrar calls per order %s; both cores %.0f%% busy while measured",
          instances,
          done,
          orders,
          totalSeconds,
          perSecond,
          placeSeconds,
          p50Millis,
          p95Millis,
          followUpSeconds,
          callsPerOrder,
          boxBusy * 100);
    }
  }

  private static Result run(int instances, int count, Map<String, String> settings)
      throws Exception {
    try (OrderDesk desk = OrderDesk.start(true, LATENCY, settings)) {
      List<DeskClient> apis = new ArrayList<>();
      apis.add(desk.api);
      for (int i = 1; i < instances; i++) {
        apis.add(desk.api.at(desk.addInstance().uri()));
      }
      String prefix = "bench-" + instances + "-";
      AtomicBoolean running = new AtomicBoolean(true);
      Thread registry =
          new Thread(
              () -> {
                while (running.get()) {
                  desk.sandbox.advanceClock(Duration.ofMinutes(1));
                  LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
                }
              },
              "sandbox-clock");
      registry.setDaemon(true);
      desk.sandbox.clearFaults();
      registry.start();
      try {
        // JIT and connection pools warm, as in a desk that has been running: not measured
        pass(desk, apis, instances, "warm-" + instances + "-", WARM_UP * instances);
        return pass(desk, apis, instances, prefix, count);
      } finally {
        running.set(false);
      }
    }
  }

  /** Places {@code count} registrations and waits until they and their follow-ups are done. */
  private static Result pass(
      OrderDesk desk, List<DeskClient> apis, int instances, String prefix, int count)
      throws Exception {
    // the sandbox keeps its 10,000 most recent calls: each pass counts its own from none
    desk.sandbox.clearCalls();
    java.time.Instant since = java.time.Instant.now();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    long[] cpuAtStart = cpuTicks();
    List<Future<Long>> placed = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      DeskClient api = apis.get(i % apis.size());
      String name = prefix + i + ".com";
      placed.add(
          clients.submit(
              () -> desk.place(api, "register", name, null).expect(201).body().get("id").asLong()));
    }
    List<Long> ids = new ArrayList<>();
    for (Future<Long> id : placed) {
      ids.add(id.get());
    }
    long allPlaced = System.nanoTime();
    clients.shutdown();
    // watched in the database, not through a desk's API: listing every order through one desk ten
    // times a second cost that desk a good part of its CPU budget, and only that desk
    JdbcClient database = desk.database.client();
    String pattern = prefix + "%";
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
    while (finished(database, pattern) < ids.size() && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
    }
    long end = System.nanoTime();
    long[] cpuAtEnd = cpuTicks();
    // the low-priority follow-ups (renewal mode manual, one update per order) after the orders
    long followUpDeadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    long registered =
        count(
            database,
            "SELECT COUNT(*) FROM orders WHERE domain_name LIKE :p AND status = 'DONE'",
            pattern);
    while (followUps(database, pattern) < registered && System.nanoTime() < followUpDeadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
    }
    long followUpsEnd = System.nanoTime();
    if (!prefix.startsWith("warm-")) {
      printJobTimes(desk, since);
    }
    List<Long> latencies =
        database
            .sql(
                "SELECT EXTRACT(EPOCH FROM completed_at - created_at) * 1000 FROM orders"
                    + " WHERE domain_name LIKE :p AND status = 'DONE'")
            .param("p", pattern)
            .query((row, n) -> Math.round(row.getDouble(1)))
            .list();
    int ok = latencies.size();
    latencies = new ArrayList<>(latencies);
    Collections.sort(latencies);
    List<ApiCall> calls = desk.calls();
    if (calls.size() >= 10_000) {
      System.out.println(
          "  (the sandbox keeps its 10,000 latest calls: the calls per order below undercount)");
    }
    Map<String, Double> perOrder = new TreeMap<>();
    for (ApiCall call : calls) {
      perOrder.merge(call.action(), 1.0 / count, Double::sum);
    }
    perOrder.replaceAll((k, v) -> Math.round(v * 100) / 100.0);
    double total = (end - start) / 1e9;
    return new Result(
        instances,
        count,
        ok,
        (allPlaced - start) / 1e9,
        total,
        ok / total,
        perOrder,
        latencies.isEmpty() ? -1 : latencies.get(latencies.size() / 2),
        latencies.isEmpty() ? -1 : latencies.get((int) (latencies.size() * 0.95)),
        (followUpsEnd - start) / 1e9,
        (double) (cpuAtEnd[0] - cpuAtStart[0]) / Math.max(1, cpuAtEnd[1] - cpuAtStart[1]));
  }

  /** Where the job threads' time went: attempts per kind, their mean and total duration. */
  private static void printJobTimes(OrderDesk desk, java.time.Instant since) {
    desk.database
        .client()
        .sql(
            "SELECT j.kind, COUNT(*) AS attempts,"
                + " AVG(EXTRACT(EPOCH FROM a.finished_at - a.started_at)) * 1000 AS mean_ms,"
                + " SUM(EXTRACT(EPOCH FROM a.finished_at - a.started_at)) AS total_s"
                + " FROM job_attempts a JOIN jobs j ON j.id = a.job_id"
                + " WHERE a.started_at >= :since GROUP BY j.kind ORDER BY 4 DESC")
        .param("since", java.sql.Timestamp.from(since))
        .query(
            (row, n) ->
                String.format(
                    Locale.ROOT,
                    "  job kind %-20s %6d attempts, mean %7.1f ms, total %7.1f s",
                    row.getString("kind"),
                    row.getLong("attempts"),
                    row.getDouble("mean_ms"),
                    row.getDouble("total_s")))
        .list()
        .forEach(System.out::println);
  }

  /**
   * The machine's CPU ticks so far, busy and in all, from {@code /proc/stat}: whether the box
   * itself was the limit (desks held to a CPU quota should leave it room).
   */
  private static long[] cpuTicks() {
    try {
      String[] fields =
          java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat"))
              .get(0)
              .split("\\s+");
      long all = 0;
      // user nice system idle iowait irq softirq steal (guest time is counted in user already)
      for (int i = 1; i <= 8 && i < fields.length; i++) {
        all += Long.parseLong(fields[i]);
      }
      long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
      return new long[] {all - idle, all};
    } catch (java.io.IOException | RuntimeException unknown) {
      return new long[] {0, 0};
    }
  }

  /** Orders of this pass done or failed. */
  private static long finished(JdbcClient database, String pattern) {
    return count(
        database,
        "SELECT COUNT(*) FROM orders WHERE domain_name LIKE :p AND status IN ('DONE', 'FAILED')",
        pattern);
  }

  /**
   * The renewal-mode follow-ups done for a pass's orders, read in the database (their job keys
   * begin with the domain name).
   */
  private static long followUps(JdbcClient database, String pattern) {
    return count(
        database,
        "SELECT COUNT(*) FROM jobs WHERE kind = 'register-settings' AND job_key LIKE :p"
            + " AND state = 'DONE'",
        pattern);
  }

  /** A count of a pass's rows, {@code :p} the pattern of its domain names. */
  private static long count(JdbcClient database, String sql, String pattern) {
    return database.sql(sql).param("p", pattern).query(Long.class).single();
  }
}
