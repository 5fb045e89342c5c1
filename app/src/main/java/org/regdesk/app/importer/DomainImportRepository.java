package org.regdesk.app.importer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.storage.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code domain_imports} and {@code domain_import_failures} tables. */
@Repository
public class DomainImportRepository {

  /** The longest message stored; longer ones are cut. */
  static final int MAX_MESSAGE = 2000;

  private final JdbcClient jdbc;

  /**
   * Creates the repository.
   *
   * @param jdbc the database
   */
  public DomainImportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records the start of a run.
   *
   * @param plugin the plugin
   * @param startedBy who started it
   * @param now the start time
   * @return the run's id
   */
  public long start(String plugin, String startedBy, Instant now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO domain_imports (plugin, started_by, started_at, outcome, found, imported,
                                        already_present, customers_matched, customers_created,
                                        failed)
            VALUES (:plugin, :by, :now, 'RUNNING', 0, 0, 0, 0, 0, 0)
            """)
        .param("plugin", plugin)
        .param("by", startedBy)
        .param("now", SqlTime.toSql(now))
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  /**
   * Records how a run ended.
   *
   * @param id the run
   * @param outcome how it ended
   * @param counts what it counted
   * @param message what went wrong with the listing, or null
   * @param now the end time
   */
  public void finish(
      long id,
      DomainImport.Outcome outcome,
      DomainImport.Counts counts,
      String message,
      Instant now) {
    jdbc.sql(
            """
            UPDATE domain_imports
               SET outcome = :outcome, found = :found, imported = :imported,
                   already_present = :present, customers_matched = :matched,
                   customers_created = :created, failed = :failed, message = :message,
                   finished_at = :now
             WHERE id = :id
            """)
        .param("outcome", outcome.name())
        .param("found", counts.found())
        .param("imported", counts.imported())
        .param("present", counts.alreadyPresent())
        .param("matched", counts.customersMatched())
        .param("created", counts.customersCreated())
        .param("failed", counts.failed())
        .param("message", cut(message))
        .param("now", SqlTime.toSql(now))
        .param("id", id)
        .update();
  }

  /**
   * Records a domain a run could not import.
   *
   * @param id the run
   * @param failure the domain and why
   */
  public void addFailure(long id, DomainImport.Failure failure) {
    jdbc.sql(
            """
            INSERT INTO domain_import_failures (import_id, domain_name, message)
            VALUES (:id, :domain, :message)
            """)
        .param("id", id)
        .param("domain", failure.domain())
        .param("message", cut(failure.message()))
        .update();
  }

  private static String cut(String message) {
    return message == null || message.length() <= MAX_MESSAGE
        ? message
        : message.substring(0, MAX_MESSAGE);
  }

  /**
   * One run with its failures.
   *
   * @param id the run
   * @return the run, if any
   */
  public Optional<DomainImport> find(long id) {
    return jdbc.sql("SELECT * FROM domain_imports WHERE id = :id")
        .param("id", id)
        .query(DomainImportRepository::map)
        .optional()
        .map(run -> withFailures(run));
  }

  /**
   * A page of runs, newest first, with their failures.
   *
   * @param page which page
   * @return the runs
   */
  public List<DomainImport> list(PageRequest page) {
    return jdbc
        .sql(
            "SELECT * FROM domain_imports ORDER BY started_at DESC, id DESC"
                + " LIMIT :limit OFFSET :offset")
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(DomainImportRepository::map)
        .list()
        .stream()
        .map(this::withFailures)
        .toList();
  }

  /**
   * How many runs there were.
   *
   * @return the count
   */
  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM domain_imports").query(Long.class).single();
  }

  private DomainImport withFailures(DomainImport run) {
    List<DomainImport.Failure> failures = new ArrayList<>();
    jdbc.sql(
            "SELECT domain_name, message FROM domain_import_failures WHERE import_id = :id"
                + " ORDER BY domain_name")
        .param("id", run.id())
        .query(
            (ResultSet rs) -> {
              failures.add(
                  new DomainImport.Failure(rs.getString("domain_name"), rs.getString("message")));
            });
    return new DomainImport(
        run.id(),
        run.plugin(),
        run.startedBy(),
        run.startedAt(),
        run.finishedAt(),
        run.outcome(),
        run.counts(),
        run.message(),
        failures);
  }

  private static DomainImport map(ResultSet rs, int n) throws SQLException {
    return new DomainImport(
        rs.getLong("id"),
        rs.getString("plugin"),
        rs.getString("started_by"),
        SqlTime.instant(rs, "started_at"),
        Optional.ofNullable(SqlTime.instant(rs, "finished_at")),
        DomainImport.Outcome.valueOf(rs.getString("outcome")),
        new DomainImport.Counts(
            rs.getInt("found"),
            rs.getInt("imported"),
            rs.getInt("already_present"),
            rs.getInt("customers_matched"),
            rs.getInt("customers_created"),
            rs.getInt("failed")),
        Optional.ofNullable(rs.getString("message")),
        List.of());
  }
}
