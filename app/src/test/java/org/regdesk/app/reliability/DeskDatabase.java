package org.regdesk.app.reliability;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The database of desks started as processes: the H2 file in the data directory (the desk's
 * default), or a fresh schema of the PostgreSQL at 127.0.0.1:5432 (database {@code test}, user
 * {@code postgres}; what {@code -Ppostgres} uses), dropped on {@link #close()}.
 */
final class DeskDatabase implements AutoCloseable {

  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

  private final Map<String, String> settings;
  private final String schema;

  private DeskDatabase(Map<String, String> settings, String schema) {
    this.settings = settings;
    this.schema = schema;
  }

  /**
   * The desk's own default, exactly as an operator gets it: the H2 file in the data directory.
   *
   * @return the database
   */
  static DeskDatabase h2() {
    return new DeskDatabase(Map.of(), null);
  }

  /**
   * A new, empty schema of the test PostgreSQL.
   *
   * @return the database
   */
  static DeskDatabase postgres() {
    String schema = "regdesk_rel_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    admin().sql("CREATE SCHEMA " + schema).update();
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spring.datasource.url", POSTGRES + "?currentSchema=" + schema);
    settings.put("spring.datasource.username", "postgres");
    settings.put("spring.datasource.password", "");
    settings.put("spring.flyway.schemas", schema);
    settings.put("spring.flyway.default-schema", schema);
    return new DeskDatabase(settings, schema);
  }

  private static JdbcClient admin() {
    return JdbcClient.create(new SingleConnectionDataSource(POSTGRES, "postgres", "", true));
  }

  /**
   * Spring settings pointing a desk here.
   *
   * @return property name to value
   */
  Map<String, String> settings() {
    return settings;
  }

  /**
   * Reads the desks' PostgreSQL schema (benchmarks' diagnostics).
   *
   * @return a client on the schema
   * @throws IllegalStateException for the H2 database, which the desk holds open
   */
  JdbcClient client() {
    if (schema == null) {
      throw new IllegalStateException("only the PostgreSQL schema can be read beside the desks");
    }
    return JdbcClient.create(
        new SingleConnectionDataSource(
            POSTGRES + "?currentSchema=" + schema, "postgres", "", true));
  }

  /** Drops the PostgreSQL schema; the H2 file goes with the data directory. */
  @Override
  public void close() {
    if (schema != null) {
      admin().sql("DROP SCHEMA " + schema + " CASCADE").update();
    }
  }
}
