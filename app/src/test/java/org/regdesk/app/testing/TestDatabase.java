package org.regdesk.app.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh database with every migration applied, for one test: an in-memory H2 database (with the
 * desk's PostgreSQL-mode settings), or a new schema in PostgreSQL at 127.0.0.1:5432 (database
 * {@code test}, user {@code postgres}) that is dropped afterwards.
 */
public final class TestDatabase implements AutoCloseable {

  /** The H2 settings of the desk's own URL (see application.properties). */
  public static final String H2_SETTINGS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=KEY,VALUE";

  private static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private final Engine engine;
  private final String schema;
  private final SingleConnectionDataSource dataSource;
  private final int migrationsApplied;

  /** Which database. */
  public enum Engine {
    /** H2 in memory, PostgreSQL mode. */
    H2,
    /** PostgreSQL at 127.0.0.1:5432. */
    POSTGRESQL
  }

  private TestDatabase(Engine engine) {
    this.engine = engine;
    String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    if (engine == Engine.H2) {
      this.schema = "public";
      this.dataSource =
          new SingleConnectionDataSource(
              "jdbc:h2:mem:t" + id + ";DB_CLOSE_DELAY=-1" + H2_SETTINGS, "sa", "", true);
    } else {
      this.schema = "regdesk_test_" + id;
      execute(POSTGRES_URL, "CREATE SCHEMA " + schema);
      this.dataSource =
          new SingleConnectionDataSource(
              POSTGRES_URL + "?currentSchema=" + schema, "postgres", "", true);
    }
    var flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .outOfOrder(true);
    if (engine == Engine.POSTGRESQL) {
      flyway.schemas(schema).defaultSchema(schema);
    }
    this.migrationsApplied = flyway.load().migrate().migrationsExecuted;
  }

  /**
   * Creates and migrates a database.
   *
   * @param engine which database
   * @return the database
   */
  public static TestDatabase create(Engine engine) {
    return new TestDatabase(engine);
  }

  /**
   * Whether the PostgreSQL runs are on ({@code -Ppostgres} sets {@code regdesk.test.postgres}).
   *
   * @return true when storage tests also run on PostgreSQL
   */
  public static boolean postgresEnabled() {
    return Boolean.parseBoolean(System.getProperty("regdesk.test.postgres", "false"));
  }

  /**
   * Which database this is.
   *
   * @return the engine
   */
  public Engine engine() {
    return engine;
  }

  /**
   * How many migrations ran to build it.
   *
   * @return the count
   */
  public int migrationsApplied() {
    return migrationsApplied;
  }

  /**
   * The data source (one connection).
   *
   * @return the data source
   */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * A {@link JdbcClient}, as repositories take.
   *
   * @return the client
   */
  public JdbcClient jdbc() {
    return JdbcClient.create(dataSource);
  }

  /**
   * Runs code in one transaction, as a service's {@code @Transactional} would.
   *
   * @return a template
   */
  public TransactionTemplate transactions() {
    return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  @Override
  public void close() {
    if (engine == Engine.H2) {
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      } catch (SQLException ignored) {
        // already gone
      }
      dataSource.destroy();
    } else {
      dataSource.destroy();
      execute(POSTGRES_URL, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @Override
  public String toString() {
    return engine.name().toLowerCase(Locale.ROOT);
  }

  private static void execute(String url, String sql) {
    SingleConnectionDataSource admin = new SingleConnectionDataSource(url, "postgres", "", false);
    try {
      JdbcClient.create(admin).sql(sql).update();
    } finally {
      admin.destroy();
    }
  }
}
