package org.regdesk.app.domain;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.regdesk.app.RegdeskApplication;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.storage.SearchWords;
import org.regdesk.registrar.spi.value.DomainName;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The domain list and search at scale: 100,000 domains of 20,000 customers, on H2 (the desk's file
 * database) or PostgreSQL. Starts the whole desk (no sandbox), fills the tables with generated
 * rows, then times each list and search query many times, both through the {@link Domains} service
 * and through {@code GET /api/v1/domains} over HTTP, and prints p50/p95/max per query.
 *
 * <p>Not a test: run it by hand (see {@code docs/benchmarks.md}):
 *
 * <pre>
 * ./mvnw -B -q -pl app -am test-compile -DskipTests
 * ./mvnw -B -q -pl app org.codehaus.mojo:exec-maven-plugin:3.6.4:java \
 *   -Dexec.classpathScope=test -Dexec.mainClass=org.regdesk.app.domain.DomainListBenchmark \
 *   -Dexec.args="h2"        # or "postgres"
 * </pre>
 *
 * <p>{@code -Drows='search + status;bakery'} times only the rows whose label contains one of these
 * texts (separated by {@code ;}, case ignored) and skips the side-by-side tables; {@code -Druns=20
 * -DwarmUp=5} times each query fewer times (200 and 30 by default; the former SQL of the broad word
 * with filters, half a second a call on H2, a quarter as many).
 */
public final class DomainListBenchmark {

  private static final int DOMAINS = 100_000;
  private static final int CUSTOMERS = 20_000;
  private static final int WARM_UP = Integer.getInteger("warmUp", 30);
  private static final int RUNS = Integer.getInteger("runs", 200);

  private static final String[] WORDS = {
    "green", "bakery", "solar", "studio", "urban", "sports", "casa", "rural", "tienda", "ana",
    "blue", "ocean", "mountain", "coffee", "design", "web", "shop", "madrid", "valencia", "pixel",
    "cloud", "garden", "auto", "moto", "fit", "yoga", "vino", "olive", "sol", "luna"
  };
  private static final String[] FIRST = {
    "Ana", "Luis", "Marta", "Jordi", "Carmen", "Pablo", "Lucía", "Sergio", "Elena", "David",
    "Laura", "Javier", "Sara", "Miguel", "Paula", "Hugo", "Irene", "Diego", "Nuria", "Álvaro"
  };
  private static final String[] LAST = {
    "García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz",
    "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro"
  };
  private static final String[] TLDS = {
    "com", "com", "com", "com", "es", "es", "es", "net", "org", "com.es", "eu", "de", "info"
  };
  private static final String[] STATES = {
    "ACTIVE",
    "ACTIVE",
    "ACTIVE",
    "ACTIVE",
    "ACTIVE",
    "ACTIVE",
    "ACTIVE",
    "ACTIVE",
    "EXPIRED",
    "REDEMPTION",
    "PENDING_TRANSFER",
    "PENDING_DELETE",
    "SUSPENDED",
    "TRANSFERRED_AWAY"
  };

  private DomainListBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args {@code h2} or {@code postgres}
   * @throws Exception when something fails
   */
  public static void main(String[] args) throws Exception {
    String engine = args.length == 0 ? "h2" : args[0];
    String url;
    String user;
    if (engine.equals("postgres")) {
      String schema = "regdesk_bench_" + UUID.randomUUID().toString().substring(0, 8);
      try (var c =
          java.sql.DriverManager.getConnection(
              "jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
        c.createStatement().execute("CREATE SCHEMA " + schema);
      }
      url = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema;
      user = "postgres";
    } else {
      Path dir = Path.of("target", "bench-data", UUID.randomUUID().toString().substring(0, 8));
      url =
          "jdbc:h2:file:"
              + dir.toAbsolutePath().resolve("regdesk")
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
              + "NON_KEYWORDS=KEY,VALUE"
              // H2 hands back the previous result of an identical query while no table changed;
              // the desk's data changes and its users' filters vary, so time the query itself
              + ";OPTIMIZE_REUSE_RESULTS=FALSE";
      user = "sa";
    }
    try (ConfigurableApplicationContext desk =
        new SpringApplicationBuilder(RegdeskApplication.class)
            .run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=",
                "--regdesk.sandbox.enabled=false",
                "--regdesk.data-dir=" + Path.of("target", "bench-data", "desk").toAbsolutePath(),
                "--server.port=0",
                "--logging.level.root=WARN")) {
      JdbcTemplate jdbc = desk.getBean(JdbcTemplate.class);
      long seedStart = System.nanoTime();
      seed(jdbc);
      if (engine.equals("postgres")) {
        jdbc.execute("ANALYZE");
      }
      System.out.printf(
          Locale.ROOT,
          "%s: seeded %,d customers and %,d domains in %.1f s%n",
          engine,
          CUSTOMERS,
          DOMAINS,
          (System.nanoTime() - seedStart) / 1e9);
      Domains domains = desk.getBean(Domains.class);
      String token = desk.getBean(ApiTokens.class).create("benchmark", "benchmark").secret();
      int port = Integer.parseInt(desk.getEnvironment().getProperty("local.server.port"));
      HttpClient http = HttpClient.newHttpClient();

      String soon = LocalDate.now().plusDays(30).toString();
      Map<String, String[]> queries = new LinkedHashMap<>();
      queries.put("all, by name, page 1", new String[] {"", "", "", "", "", "name", "1"});
      queries.put("all, by expiry, page 100", new String[] {"", "", "", "", "", "expiry", "100"});
      queries.put("status=EXPIRED", new String[] {"", "EXPIRED", "", "", "", "", "1"});
      queries.put("tld=es, by expiry", new String[] {"", "", "es", "", "", "expiry", "1"});
      queries.put("registrar=other", new String[] {"", "", "", "other", "", "", "1"});
      queries.put("expiring in 30 days", new String[] {"", "", "", "", soon, "expiry", "1"});
      queries.put("search name 'bakery'", new String[] {"bakery", "", "", "", "", "", "1"});
      queries.put(
          "search name 'olive-yoga12' (two words)",
          new String[] {"olive-yoga12", "", "", "", "", "", "1"});
      queries.put("search customer 'garcía'", new String[] {"garcía", "", "", "", "", "", "1"});
      queries.put("search e-mail 'cust1234@'", new String[] {"cust1234@", "", "", "", "", "", "1"});
      queries.put("search 'a' (one letter)", new String[] {"a", "", "", "", "", "", "1"});
      queries.put("search 'a', page 30", new String[] {"a", "", "", "", "", "", "30"});
      queries.put(
          "search 'example7' (2% of domains)", new String[] {"example7", "", "", "", "", "", "1"});
      queries.put(
          "search + status + tld", new String[] {"shop", "ACTIVE", "com", "", "", "expiry", "1"});
      queries.put(
          "search customer 'garcía' + status",
          new String[] {"garcía", "ACTIVE", "", "", "", "", "1"});
      queries.put(
          "search 'a' + status + tld", new String[] {"a", "ACTIVE", "com", "", "", "expiry", "1"});
      queries.put(
          "search 'a' + status + tld=de",
          new String[] {"a", "ACTIVE", "de", "", "", "expiry", "1"});
      queries.put("search 'a' + registrar=other", new String[] {"a", "", "", "other", "", "", "1"});
      queries.put(
          "search 'a' + expiring in 30 days, by name",
          new String[] {"a", "", "", "", soon, "name", "1"});
      queries.put(
          "search 'a' + status, page 30", new String[] {"a", "ACTIVE", "", "", "", "", "30"});

      String only = System.getProperty("rows", "").strip();
      if (!only.isEmpty()) {
        List<String> wanted =
            Arrays.stream(only.split(";"))
                .map(w -> w.strip().toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty())
                .toList();
        queries
            .keySet()
            .removeIf(label -> wanted.stream().noneMatch(label.toLowerCase(Locale.ROOT)::contains));
      }

      System.out.println();
      System.out.println(
          "| query | rows | service p50 | service p95 | HTTP p50 | HTTP p95 | HTTP max |");
      System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
      for (Map.Entry<String, String[]> entry : queries.entrySet()) {
        String[] q = entry.getValue();
        DomainQuery query = DomainQuery.parse(q[0], q[1], q[2], q[3], q[4], q[5]);
        PageRequest page = new PageRequest(Integer.parseInt(q[6]), 50);
        long[] rows = new long[1];
        boolean[] exact = new boolean[1];
        long[] service =
            time(
                () -> {
                  var found = domains.list(query, page);
                  exact[0] = found.totalExact();
                  return rows[0] = found.totalItems();
                });
        URI uri =
            URI.create(
                "http://127.0.0.1:"
                    + port
                    + "/api/v1/domains?q="
                    + java.net.URLEncoder.encode(q[0], java.nio.charset.StandardCharsets.UTF_8)
                    + "&status="
                    + q[1]
                    + "&tld="
                    + q[2]
                    + "&registrar="
                    + q[3]
                    + "&expiringBefore="
                    + q[4]
                    + "&sort="
                    + q[5]
                    + "&page="
                    + q[6]);
        HttpRequest request =
            HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build();
        long[] overHttp =
            time(
                () -> {
                  try {
                    HttpResponse<String> response =
                        http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                      throw new IllegalStateException(uri + " answered " + response.statusCode());
                    }
                    return response.body().length();
                  } catch (java.io.IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                  }
                });
        System.out.printf(
            Locale.ROOT,
            "| %s | %,d%s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n",
            entry.getKey(),
            rows[0],
            exact[0] ? "" : "+",
            percentile(service, 50),
            percentile(service, 95),
            percentile(overHttp, 50),
            percentile(overHttp, 95),
            percentile(overHttp, 100));
      }
      if (only.isEmpty()) {
        sideBySide(jdbc, domains);
        sideBySideFiltered(jdbc, domains);
      }
    }
  }

  /**
   * The broad one-word searches timed the way the desk answered them before the capped count (their
   * ids read twice with a UNION, every matching id joined to the domains for the page and again for
   * the count) and through the service now, alternating call by call so both see the same load.
   */
  private static void sideBySide(JdbcTemplate jdbc, Domains domains) {
    System.out.println();
    System.out.println("Side by side, page 1 by name, alternating (service calls, no HTTP):");
    System.out.println();
    System.out.println("| search | matches | before p50 | before p95 | now p50 | now p95 |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (String word : new String[] {"a", "garcía", "bakery"}) {
      SearchWords.Range range = SearchWords.ranges(word).get(0);
      Object[] four = {range.from(), range.to(), range.from(), range.to()};
      String ids =
          "SELECT domain_id AS id FROM domain_search_terms WHERE term >= ? AND term < ?"
              + " UNION SELECT m.id FROM domains m JOIN (SELECT DISTINCT customer_id"
              + " FROM customer_search_terms WHERE term >= ? AND term < ?) c"
              + " ON m.customer_id = c.customer_id";
      String probe = "SELECT w.id FROM (" + ids + ") w LIMIT 1001";
      String join = " JOIN (SELECT u0.id FROM (" + ids + ") u0) w ON w.id = d.id";
      String pageSql =
          "SELECT d.*, c.first_name AS c_first_name, c.last_name AS c_last_name, c.email AS c_email"
              + " FROM (SELECT d.* FROM domains d"
              + join
              + " ORDER BY d.name LIMIT 50 OFFSET 0) d JOIN customers c ON c.id = d.customer_id"
              + " ORDER BY d.name";
      long[] matches = new long[1];
      Supplier<Object> before =
          () -> {
            jdbc.queryForList(probe, Long.class, four);
            int rows = jdbc.queryForList(pageSql, four).size();
            jdbc.queryForList(probe, Long.class, four);
            matches[0] =
                jdbc.queryForObject("SELECT COUNT(*) FROM domains d" + join, Long.class, four);
            return rows;
          };
      DomainQuery query = DomainQuery.parse(word, "", "", "", "", "name");
      Supplier<Object> now = () -> domains.list(query, new PageRequest(1, 50)).items().size();
      long[][] nanos = alternate(before, now, WARM_UP, RUNS);
      long[] beforeNanos = nanos[0];
      long[] nowNanos = nanos[1];
      System.out.printf(
          Locale.ROOT,
          "| `%s` | %,d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n",
          word,
          matches[0],
          percentile(beforeNanos, 50),
          percentile(beforeNanos, 95),
          percentile(nowNanos, 50),
          percentile(nowNanos, 95));
    }
  }

  /**
   * The one-letter word with a status and a TLD, by expiry, timed the way the desk answered it
   * before its filters were checked on the word's first domains (the word's ids read up to 10,001,
   * then every matching id joined to the domains the filters select, for the page and again for the
   * count up to 1,001) and through the service now, alternating call by call. The former SQL takes
   * half a second and more a call on H2, so it runs a quarter as many times.
   */
  private static void sideBySideFiltered(JdbcTemplate jdbc, Domains domains) {
    int runs = Math.max(1, RUNS / 4);
    int warmUp = Math.max(1, WARM_UP / 4);
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Side by side, 'a' + ACTIVE + com by expiry, page 1, alternating (service calls, %d runs):%n",
        runs);
    System.out.println();
    System.out.println("| search | rows | before p50 | before p95 | now p50 | now p95 |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
    SearchWords.Range range = SearchWords.ranges("a").get(0);
    Object[] read = {range.from(), range.to()};
    Object[] six = {range.from(), range.to(), range.from(), range.to(), "ACTIVE", "com"};
    String probe =
        "SELECT domain_id FROM domain_search_terms WHERE term >= ? AND term < ? LIMIT 10001";
    String join =
        " JOIN (SELECT u0.id FROM (SELECT domain_id AS id FROM domain_search_terms"
            + " WHERE term >= ? AND term < ? UNION SELECT m.id FROM domains m JOIN"
            + " (SELECT DISTINCT customer_id FROM customer_search_terms WHERE term >= ? AND"
            + " term < ?) c ON m.customer_id = c.customer_id) u0) w ON w.id = d.id"
            + " WHERE d.status = ? AND d.tld = ?";
    String pageSql =
        "SELECT d.*, c.first_name AS c_first_name, c.last_name AS c_last_name, c.email AS c_email"
            + " FROM (SELECT d.* FROM domains d"
            + join
            + " ORDER BY d.expires_on, d.name LIMIT 50 OFFSET 0) d"
            + " JOIN customers c ON c.id = d.customer_id ORDER BY d.expires_on, d.name";
    String countSql = "SELECT COUNT(*) FROM (SELECT 1 FROM domains d" + join + " LIMIT 1001) x";
    long[] counted = new long[1];
    Supplier<Object> before =
        () -> {
          jdbc.queryForList(probe, Long.class, read);
          int rows = jdbc.queryForList(pageSql, six).size();
          counted[0] = jdbc.queryForObject(countSql, Long.class, six);
          return rows;
        };
    DomainQuery query = DomainQuery.parse("a", "ACTIVE", "com", "", "", "expiry");
    Supplier<Object> now = () -> domains.list(query, new PageRequest(1, 50)).items().size();
    long[][] nanos = alternate(before, now, warmUp, runs);
    long[] beforeNanos = nanos[0];
    long[] nowNanos = nanos[1];
    System.out.printf(
        Locale.ROOT,
        "| `a` + ACTIVE + com | %,d%s | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n",
        Math.min(counted[0], 1000),
        counted[0] > 1000 ? "+" : "",
        percentile(beforeNanos, 50),
        percentile(beforeNanos, 95),
        percentile(nowNanos, 50),
        percentile(nowNanos, 95));
  }

  private static long[] time(Supplier<?> call) {
    for (int i = 0; i < WARM_UP; i++) {
      call.get();
    }
    long[] nanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      call.get();
      nanos[i] = System.nanoTime() - start;
    }
    return nanos;
  }

  private static double percentile(long[] nanos, double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static void seed(JdbcTemplate jdbc) {
    Random random = new Random(42);
    Timestamp now = Timestamp.from(Instant.now());
    List<Object[]> customers = new ArrayList<>();
    for (int i = 1; i <= CUSTOMERS; i++) {
      String first = FIRST[random.nextInt(FIRST.length)];
      String last = LAST[random.nextInt(LAST.length)];
      String email = "cust" + i + "@example" + (i % 50) + ".org";
      customers.add(
          new Object[] {
            first,
            last,
            email,
            email,
            "+34912345678",
            "Calle Mayor " + i,
            "Madrid",
            "ES",
            (last + " " + first).toLowerCase(Locale.ROOT),
            now,
            now
          });
    }
    jdbc.batchUpdate(
        """
        INSERT INTO customers (first_name, last_name, email, email_lower, phone, address1, city,
                               country, sort_name, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        customers);
    long firstCustomer = jdbc.queryForObject("SELECT MIN(id) FROM customers", Long.class);
    List<Object[]> customerTerms = new ArrayList<>();
    for (int i = 0; i < CUSTOMERS; i++) {
      Object[] c = customers.get(i);
      for (String word : SearchWords.words(c[0] + " " + c[1] + " " + c[2])) {
        customerTerms.add(
            new Object[] {
              firstCustomer + i, word.getBytes(java.nio.charset.StandardCharsets.UTF_8)
            });
      }
    }
    jdbc.batchUpdate(
        "INSERT INTO customer_search_terms (customer_id, term) VALUES (?, ?)", customerTerms);
    List<Object[]> domains = new ArrayList<>();
    LocalDate today = LocalDate.now();
    for (int i = 0; i < DOMAINS; i++) {
      String label =
          WORDS[random.nextInt(WORDS.length)] + "-" + WORDS[random.nextInt(WORDS.length)] + i;
      String tld = TLDS[random.nextInt(TLDS.length)];
      String name = label + "." + tld;
      LocalDate expires = today.plusDays(random.nextInt(4 * 365 + 60) - 60);
      domains.add(
          new Object[] {
            name,
            name,
            name,
            tld,
            firstCustomer + random.nextInt(CUSTOMERS),
            random.nextInt(20) == 0 ? "other" : "dondominio",
            STATES[random.nextInt(STATES.length)],
            Date.valueOf(expires.minusYears(1 + random.nextInt(5))),
            Date.valueOf(expires),
            random.nextBoolean(),
            now,
            now
          });
      if (domains.size() == 5_000) {
        insertDomains(jdbc, domains);
        domains.clear();
      }
    }
    insertDomains(jdbc, domains);
  }

  private static void insertDomains(JdbcTemplate jdbc, List<Object[]> rows) {
    long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM domains", Long.class);
    jdbc.batchUpdate(
        """
        INSERT INTO domains (name, unicode_name, search_name, tld, customer_id, plugin, status,
                             registered_on, expires_on, auto_renew, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        rows);
    List<Object[]> terms = new ArrayList<>();
    jdbc.query(
        "SELECT id, name, tld FROM domains WHERE id > ?",
        rs -> {
          String name = rs.getString("name");
          String tld = rs.getString("tld");
          DomainName domain =
              DomainName.of(name.substring(0, name.length() - tld.length() - 1), tld);
          for (byte[] term : DomainSearchTerms.of(domain)) {
            terms.add(new Object[] {rs.getLong("id"), term});
          }
        },
        before);
    jdbc.batchUpdate("INSERT INTO domain_search_terms (domain_id, term) VALUES (?, ?)", terms);
  }

  /** Times two ways of the same query call by call, after warming both up: {before, now}. */
  private static long[][] alternate(
      Supplier<Object> before, Supplier<Object> now, int warmUp, int runs) {
    for (int i = 0; i < warmUp; i++) {
      before.get();
      now.get();
    }
    long[][] nanos = new long[2][runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      before.get();
      nanos[0][i] = System.nanoTime() - start;
      start = System.nanoTime();
      now.get();
      nanos[1][i] = System.nanoTime() - start;
    }
    return nanos;
  }
}
