package org.regdesk.app.job;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.storage.SqlTime;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code jobs} and {@code job_attempts} tables. */
@Repository
class JobRepository {

  private static final int MAX_MESSAGE = 2000;

  private static final RowMapper<Job> JOB =
      (rs, n) ->
          new Job(
              rs.getLong("id"),
              rs.getString("kind"),
              rs.getString("job_key"),
              rs.getString("plugin"),
              JobState.valueOf(rs.getString("state")),
              rs.getInt("attempts"),
              SqlTime.instant(rs, "next_run_at"),
              rs.getString("last_message"),
              rs.getString("last_error_kind"),
              SqlTime.instant(rs, "created_at"),
              SqlTime.instant(rs, "updated_at"),
              SqlTime.instant(rs, "finished_at"));

  private static final RowMapper<JobAttemptRecord> ATTEMPT =
      (rs, n) ->
          new JobAttemptRecord(
              rs.getInt("number"),
              SqlTime.instant(rs, "started_at"),
              SqlTime.instant(rs, "finished_at"),
              rs.getString("outcome"),
              rs.getString("message"));

  private final JdbcClient jdbc;

  /**
   * Creates the repository.
   *
   * @param jdbc the database
   */
  JobRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored job's payload and the parts the engine needs to run it. */
  record Stored(Job job, String payload) {}

  long insert(String kind, String key, String payload, String plugin, Instant runAt, Instant now) {
    jdbc.sql(
            "INSERT INTO jobs (kind, job_key, payload, plugin, state, attempts, next_run_at,"
                + " created_at, updated_at) VALUES (:kind, :key, :payload, :plugin, 'PENDING', 0,"
                + " :runAt, :now, :now)")
        .param("kind", kind)
        .param("key", key)
        .param("payload", payload)
        .param("plugin", plugin)
        .param("runAt", SqlTime.toSql(runAt))
        .param("now", SqlTime.toSql(now))
        .update();
    return find(kind, key).orElseThrow().id();
  }

  Optional<Job> find(long id) {
    return jdbc.sql("SELECT * FROM jobs WHERE id = :id").param("id", id).query(JOB).optional();
  }

  Optional<Job> find(String kind, String key) {
    return jdbc.sql("SELECT * FROM jobs WHERE kind = :kind AND job_key = :key")
        .param("kind", kind)
        .param("key", key)
        .query(JOB)
        .optional();
  }

  Optional<Stored> stored(long id) {
    return jdbc.sql("SELECT * FROM jobs WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> new Stored(JOB.mapRow(rs, n), rs.getString("payload")))
        .optional();
  }

  /** Moves a job to a state; {@code finishedAt} is set for the final states, cleared otherwise. */
  void update(
      long id,
      JobState state,
      Instant nextRunAt,
      String message,
      String errorKind,
      boolean keepMessage,
      Instant now) {
    boolean finished = !state.isActive();
    String sql =
        "UPDATE jobs SET state = :state, next_run_at = :next, updated_at = :now, finished_at = :fin"
            + (keepMessage ? "" : ", last_message = :message, last_error_kind = :errorKind")
            + " WHERE id = :id";
    var spec =
        jdbc.sql(sql)
            .param("state", state.name())
            .param("next", SqlTime.toSql(nextRunAt))
            .param("now", SqlTime.toSql(now))
            .param("fin", finished ? SqlTime.toSql(now) : null)
            .param("id", id);
    if (!keepMessage) {
      spec = spec.param("message", cut(message)).param("errorKind", errorKind);
    }
    spec.update();
  }

  int startAttempt(long id, Instant now) {
    jdbc.sql(
            "UPDATE jobs SET attempts = attempts + 1, state = 'RUNNING', updated_at = :now"
                + " WHERE id = :id")
        .param("now", SqlTime.toSql(now))
        .param("id", id)
        .update();
    int number =
        jdbc.sql("SELECT attempts FROM jobs WHERE id = :id")
            .param("id", id)
            .query(Integer.class)
            .single();
    jdbc.sql("INSERT INTO job_attempts (job_id, number, started_at) VALUES (:id, :number, :now)")
        .param("id", id)
        .param("number", number)
        .param("now", SqlTime.toSql(now))
        .update();
    return number;
  }

  void finishAttempt(long id, int number, String outcome, String message, Instant now) {
    jdbc.sql(
            "UPDATE job_attempts SET finished_at = :now, outcome = :outcome, message = :message"
                + " WHERE job_id = :id AND number = :number")
        .param("now", SqlTime.toSql(now))
        .param("outcome", outcome)
        .param("message", cut(message))
        .param("id", id)
        .param("number", number)
        .update();
  }

  Optional<JobAttemptRecord> lastAttempt(long id) {
    return jdbc.sql("SELECT * FROM job_attempts WHERE job_id = :id ORDER BY number DESC LIMIT 1")
        .param("id", id)
        .query(ATTEMPT)
        .optional();
  }

  List<JobAttemptRecord> attempts(long id) {
    return jdbc.sql("SELECT * FROM job_attempts WHERE job_id = :id ORDER BY number")
        .param("id", id)
        .query(ATTEMPT)
        .list();
  }

  Page<Job> page(JobState state, String kind, PageRequest request) {
    String where =
        " WHERE (CAST(:state AS VARCHAR(16)) IS NULL OR state = :state)"
            + " AND (CAST(:kind AS VARCHAR(64)) IS NULL OR kind = :kind)";
    long total =
        jdbc.sql("SELECT COUNT(*) FROM jobs" + where)
            .param("state", state == null ? null : state.name())
            .param("kind", kind)
            .query(Long.class)
            .single();
    List<Job> items =
        jdbc.sql(
                "SELECT * FROM jobs"
                    + where
                    + " ORDER BY updated_at DESC, id DESC LIMIT :limit OFFSET :offset")
            .param("state", state == null ? null : state.name())
            .param("kind", kind)
            .param("limit", request.size())
            .param("offset", request.offset())
            .query(JOB)
            .list();
    return new Page<>(items, request, total);
  }

  List<Job> inStates(List<JobState> states, int limit) {
    return jdbc.sql(
            "SELECT * FROM jobs WHERE state IN (:states) ORDER BY updated_at DESC, id DESC"
                + " LIMIT :limit")
        .param("states", states.stream().map(Enum::name).toList())
        .param("limit", limit)
        .query(JOB)
        .list();
  }

  List<String> kinds() {
    return jdbc.sql("SELECT DISTINCT kind FROM jobs ORDER BY kind").query(String.class).list();
  }

  private static String cut(String message) {
    if (message == null) {
      return null;
    }
    return message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message;
  }
}
