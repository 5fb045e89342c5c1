package org.regdesk.app.domain.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.storage.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code sync_runs} table. */
@Repository
public class SyncRunRepository {

  private final JdbcClient jdbc;

  /**
   * Creates the repository.
   *
   * @param jdbc the database
   */
  public SyncRunRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores a run.
   *
   * @param run the run; its id is ignored
   * @return the run with its id
   */
  SyncRun insert(SyncRun run) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO sync_runs (plugin, triggered_by, outcome, pages, listed, updated, gone,
                                   not_in_desk, message, started_at, finished_at)
            VALUES (:plugin, :triggeredBy, :outcome, :pages, :listed, :updated, :gone,
                    :notInDesk, :message, :startedAt, :finishedAt)
            """)
        .param("plugin", run.plugin())
        .param("triggeredBy", run.triggeredBy())
        .param("outcome", run.complete() ? "COMPLETE" : "INCOMPLETE")
        .param("pages", run.pages())
        .param("listed", run.listed())
        .param("updated", run.updated())
        .param("gone", run.gone())
        .param("notInDesk", run.notInDesk())
        .param("message", cut(run.message()))
        .param("startedAt", SqlTime.toSql(run.startedAt()))
        .param("finishedAt", SqlTime.toSql(run.finishedAt()))
        .update(keys, "id");
    long id = keys.getKeyAs(Long.class);
    return new SyncRun(
        id,
        run.plugin(),
        run.triggeredBy(),
        run.complete(),
        run.pages(),
        run.listed(),
        run.updated(),
        run.gone(),
        run.notInDesk(),
        cut(run.message()),
        run.startedAt(),
        run.finishedAt());
  }

  /**
   * Runs, newest first.
   *
   * @param plugin only this plugin's, or null for all
   * @param page the page
   * @return the runs
   */
  List<SyncRun> list(String plugin, PageRequest page) {
    return jdbc.sql(
            """
            SELECT * FROM sync_runs
             WHERE (CAST(:plugin AS VARCHAR(32)) IS NULL OR plugin = :plugin)
             ORDER BY started_at DESC, id DESC
             LIMIT :limit OFFSET :offset
            """)
        .param("plugin", plugin)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query((rs, n) -> row(rs))
        .list();
  }

  /**
   * How many runs {@link #list} pages through.
   *
   * @param plugin only this plugin's, or null for all
   * @return the count
   */
  long count(String plugin) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM sync_runs"
                + " WHERE (CAST(:plugin AS VARCHAR(32)) IS NULL OR plugin = :plugin)")
        .param("plugin", plugin)
        .query(Long.class)
        .single();
  }

  private static String cut(String message) {
    return message.length() > 2000 ? message.substring(0, 1999) + "…" : message;
  }

  private static SyncRun row(ResultSet rs) throws SQLException {
    return new SyncRun(
        rs.getLong("id"),
        rs.getString("plugin"),
        rs.getString("triggered_by"),
        rs.getString("outcome").equals("COMPLETE"),
        rs.getInt("pages"),
        rs.getInt("listed"),
        rs.getInt("updated"),
        rs.getInt("gone"),
        rs.getInt("not_in_desk"),
        rs.getString("message"),
        SqlTime.instant(rs, "started_at"),
        SqlTime.instant(rs, "finished_at"));
  }
}
