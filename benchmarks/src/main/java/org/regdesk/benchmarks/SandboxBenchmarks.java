package org.regdesk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.regdesk.dondominio.sandbox.Sandbox;

/**
 * The sandbox's scale targets, each against an in-process sandbox over loopback HTTP:
 *
 * <ul>
 *   <li>{@code hello}: {@code tool/hello} with 16 concurrent keep-alive connections (target ≥ 5,000
 *       requests/s);
 *   <li>{@code list}: {@code domain/list} with {@code pageLength=1000&infoType=contact} over a
 *       100,000-domain account, pages 1–100 in turn on one connection (target: median ≤ 50 ms);
 *   <li>{@code heap}: heap in use after a full GC with 100,000 domains (target ≤ 300 MB; run it
 *       with {@code -Xmx300m} to prove the account also fits in that limit).
 * </ul>
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.regdesk.benchmarks.SandboxBenchmarks
 * [hello|list|heap|all]}
 */
public final class SandboxBenchmarks {
  private static final int DOMAINS = 100_000;

  private SandboxBenchmarks() {}

  public static void main(String[] args) throws Exception {
    String which = args.length == 0 ? "all" : args[0];
    System.out.println(machine());
    switch (which) {
      case "hello" -> hello();
      case "list" -> list();
      case "heap" -> heap();
      case "all" -> {
        hello();
        list();
        heap();
      }
      default -> throw new IllegalArgumentException("unknown benchmark " + which);
    }
  }

  static void hello() throws InterruptedException {
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      KeepAliveLoad load =
          new KeepAliveLoad(
              sandbox.uri().resolve("tool/hello/"),
              i -> "apiuser=sandbox&apipasswd=sandbox&output-format=json&output-pretty=");
      KeepAliveLoad.Result result = load.run(16, Duration.ofSeconds(5), Duration.ofSeconds(15));
      System.out.println("tool/hello, " + result.summary());
    }
  }

  static void list() throws InterruptedException {
    long start = System.nanoTime();
    try (Sandbox sandbox = Sandbox.builder().port(0).seedDomains(DOMAINS).start()) {
      System.out.printf(
          Locale.ROOT,
          "seeded %,d domains and started in %.1f s%n",
          DOMAINS,
          (System.nanoTime() - start) / 1e9);
      URI uri = sandbox.uri().resolve("domain/list/");
      KeepAliveLoad load =
          new KeepAliveLoad(
              uri,
              i ->
                  "apiuser=sandbox&apipasswd=sandbox&output-format=json&output-pretty="
                      + "&pageLength=1000&infoType=contact&page="
                      + (i % (DOMAINS / 1000) + 1));
      KeepAliveLoad.Result result = load.run(1, Duration.ofSeconds(10), Duration.ofSeconds(20));
      System.out.println(
          "domain/list pageLength=1000 infoType=contact over 100,000 domains, " + result.summary());
      System.out.printf(Locale.ROOT, "  p95 %.2f ms per page%n", result.percentileMillis(95));
    }
  }

  static void heap() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    try (Sandbox sandbox = Sandbox.builder().port(0).seedDomains(DOMAINS).start()) {
      long after = usedAfterGc(memory);
      System.out.printf(
          Locale.ROOT,
          "heap in use after GC: %.1f MB with %,d domains (%.1f MB before the sandbox started;"
              + " max heap %.0f MB)%n",
          after / 1e6,
          DOMAINS,
          before / 1e6,
          memory.getHeapMemoryUsage().getMax() / 1e6);
      // keep the sandbox reachable until measured
      System.out.println("  sandbox " + sandbox.uri());
    }
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  static String machine() {
    Runtime runtime = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "machine: %d cores, %s %s, Java %s (%s), max heap %d MB",
        runtime.availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        runtime.maxMemory() / 1_000_000);
  }
}
