package org.regdesk.app.domain.sync;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.regdesk.app.RegdeskApplication;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.CustomerCommand;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.registrar.Trigger;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.operation.DomainListRequest;
import org.regdesk.registrar.spi.operation.DomainPage;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.ListCursor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sync at scale: the desk in demo mode with a sandbox of 100,000 domains (over real HTTP on
 * loopback), all of them in the desk with stale status, dates and flags. Times a full sync (every
 * row changed), a second one (nothing changed), and the per-domain approach of the original plugin
 * (one lookup per domain) on a sample, extrapolated; counts the registrar calls of each from the
 * desk's call audit.
 *
 * <p>Not a test: run it by hand (see {@code docs/benchmarks.md}):
 *
 * <pre>
 * ./mvnw -B -q -pl app -am test-compile -DskipTests
 * ./mvnw -B -q -pl app org.codehaus.mojo:exec-maven-plugin:3.6.4:java \
 *   -Dexec.classpathScope=test -Dexec.mainClass=org.regdesk.app.domain.sync.SyncBenchmark \
 *   -Dexec.args="h2 100000 1000"     # engine, domains, per-domain sample
 * </pre>
 */
public final class SyncBenchmark {

  private SyncBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args engine ({@code h2} or {@code postgres}), domains, per-domain sample size
   * @throws Exception when something fails
   */
  public static void main(String[] args) throws Exception {
    String engine = args.length > 0 ? args[0] : "h2";
    int domains = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int sample = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
    String url;
    String user;
    Path dir =
        Path.of("target", "bench-data", "sync-" + UUID.randomUUID().toString().substring(0, 8));
    if (engine.equals("postgres")) {
      String schema = "regdesk_sync_" + UUID.randomUUID().toString().substring(0, 8);
      try (var c =
          java.sql.DriverManager.getConnection(
              "jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
        c.createStatement().execute("CREATE SCHEMA " + schema);
      }
      url = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema;
      user = "postgres";
    } else {
      url =
          "jdbc:h2:file:"
              + dir.toAbsolutePath().resolve("regdesk")
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
              + "NON_KEYWORDS=KEY,VALUE";
      user = "sa";
    }
    try (ConfigurableApplicationContext desk =
        new SpringApplicationBuilder(RegdeskApplication.class)
            .run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=",
                "--regdesk.sandbox.enabled=true",
                "--regdesk.sandbox.seed-domains=" + domains,
                "--regdesk.data-dir=" + dir.toAbsolutePath(),
                "--regdesk.sync.interval=24h",
                "--regdesk.renewals.interval=24h",
                "--server.port=0",
                "--logging.level.root=WARN")) {
      JdbcTemplate jdbc = desk.getBean(JdbcTemplate.class);
      DomainSync sync = desk.getBean(DomainSync.class);
      Registrar registrar = desk.getBean(Registrars.class).registrar("dondominio");
      awaitStartUpSync(sync);

      List<DomainSnapshot> listed = new ArrayList<>();
      try (var scope = Trigger.system("sync benchmark").enter()) {
        Optional<ListCursor> cursor = Optional.empty();
        do {
          DomainPage page =
              registrar.listDomains(new DomainListRequest(cursor, 1000).withoutContacts());
          listed.addAll(page.domains());
          cursor = page.next();
        } while (cursor.isPresent());
      }
      Customer owner =
          desk.getBean(Customers.class)
              .create(
                  new CustomerCommand(
                      "Bench",
                      "Owner",
                      null,
                      "bench@example.org",
                      "+34 912 34 56 78",
                      "Calle Mayor 1",
                      null,
                      "Madrid",
                      null,
                      null,
                      "ES",
                      Map.of()));
      long seedStart = System.nanoTime();
      seedStale(jdbc, listed, owner.id());
      if (engine.equals("postgres")) {
        jdbc.execute("ANALYZE");
      }
      System.out.printf(
          Locale.ROOT,
          "%s: %,d domains at the registrar, %,d put in the desk (stale) in %.1f s%n",
          engine,
          listed.size(),
          listed.size(),
          (System.nanoTime() - seedStart) / 1e9);

      long mark = lastCall(jdbc);
      long start = System.nanoTime();
      SyncRun first;
      try (var scope = Trigger.job("sync benchmark").enter()) {
        first = sync.syncPlugin("dondominio");
      }
      double firstSeconds = (System.nanoTime() - start) / 1e9;
      long firstCalls = calls(jdbc, mark, "domain/list");
      System.out.printf(
          Locale.ROOT,
          "sync, every row changed: %.1f s, %d SPI pages, %d domain/list API calls: %s%n",
          firstSeconds,
          first.pages(),
          firstCalls,
          first.message());

      mark = lastCall(jdbc);
      start = System.nanoTime();
      SyncRun second;
      try (var scope = Trigger.job("sync benchmark").enter()) {
        second = sync.syncPlugin("dondominio");
      }
      double secondSeconds = (System.nanoTime() - start) / 1e9;
      long secondCalls = calls(jdbc, mark, "domain/list");
      System.out.printf(
          Locale.ROOT,
          "sync, nothing changed: %.1f s, %d SPI pages, %d domain/list API calls: %s%n",
          secondSeconds,
          second.pages(),
          secondCalls,
          second.message());

      List<Long> ids =
          jdbc.queryForList(
              "SELECT id FROM domains WHERE plugin = 'dondominio' ORDER BY id LIMIT ?",
              Long.class,
              sample);
      mark = lastCall(jdbc);
      start = System.nanoTime();
      try (var scope = Trigger.job("sync benchmark").enter()) {
        for (long id : ids) {
          sync.syncDomain(id);
        }
      }
      double perDomainSeconds = (System.nanoTime() - start) / 1e9;
      long perDomainCalls = calls(jdbc, mark, null);
      System.out.printf(
          Locale.ROOT,
          "per domain (getinfo per domain, as the original plugin): %,d domains in %.1f s,"
              + " %,d API calls; extrapolated to %,d domains: %.0f s, %,d calls%n",
          ids.size(),
          perDomainSeconds,
          perDomainCalls,
          listed.size(),
          perDomainSeconds * listed.size() / ids.size(),
          perDomainCalls * listed.size() / ids.size());
      System.out.println();
      System.out.println("| approach | domains | API calls | time |");
      System.out.println("| --- | ---: | ---: | ---: |");
      System.out.printf(
          Locale.ROOT,
          "| listing sync, every row changed (%s) | %,d | %d (%d pages) | %.1f s |%n",
          engine,
          listed.size(),
          firstCalls,
          first.pages(),
          firstSeconds);
      System.out.printf(
          Locale.ROOT,
          "| listing sync, nothing changed (%s) | %,d | %d (%d pages) | %.1f s |%n",
          engine,
          listed.size(),
          secondCalls,
          second.pages(),
          secondSeconds);
      System.out.printf(
          Locale.ROOT,
          "| per-domain lookup, measured (%s) | %,d | %,d | %.1f s |%n",
          engine,
          ids.size(),
          perDomainCalls,
          perDomainSeconds);
      System.out.printf(
          Locale.ROOT,
          "| per-domain lookup, extrapolated | %,d | %,d | %.0f s |%n",
          listed.size(),
          perDomainCalls * listed.size() / ids.size(),
          perDomainSeconds * listed.size() / ids.size());
    }
  }

  private static void awaitStartUpSync(DomainSync sync) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
    while (sync.runs(null, PageRequest.first()).totalItems() == 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the start-up sync did not finish in 10 minutes");
      }
      java.util.concurrent.TimeUnit.MILLISECONDS.sleep(200);
    }
    SyncRun run = sync.runs(null, PageRequest.first()).items().get(0);
    System.out.printf(
        Locale.ROOT,
        "start-up sync (empty desk): %.1f s: %s%n",
        java.time.Duration.between(run.startedAt(), run.finishedAt()).toMillis() / 1e3,
        run.message());
  }

  private static void seedStale(JdbcTemplate jdbc, List<DomainSnapshot> listed, long owner) {
    Timestamp now = Timestamp.from(Instant.now());
    List<Object[]> rows = new ArrayList<>();
    for (DomainSnapshot d : listed) {
      rows.add(
          new Object[] {
            d.name().ascii(),
            d.name().unicode(),
            d.name().ascii(),
            d.name().tld().ascii(),
            owner,
            now,
            now
          });
      if (rows.size() == 1000) {
        insert(jdbc, rows);
        rows.clear();
      }
    }
    insert(jdbc, rows);
  }

  private static void insert(JdbcTemplate jdbc, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    // stale on purpose: suspended, no dates, no flags, so the first sync rewrites every row
    jdbc.batchUpdate(
        "INSERT INTO domains (name, unicode_name, search_name, tld, customer_id, plugin, status,"
            + " auto_renew, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, 'dondominio', 'SUSPENDED', FALSE, ?, ?)",
        rows);
  }

  private static long lastCall(JdbcTemplate jdbc) {
    Long id = jdbc.queryForObject("SELECT MAX(id) FROM registrar_calls", Long.class);
    return id == null ? 0 : id;
  }

  private static long calls(JdbcTemplate jdbc, long after, String action) {
    return action == null
        ? jdbc.queryForObject(
            "SELECT COUNT(*) FROM registrar_calls WHERE id > ?", Long.class, after)
        : jdbc.queryForObject(
            "SELECT COUNT(*) FROM registrar_calls WHERE id > ? AND action = ?",
            Long.class,
            after,
            action);
  }
}
