package org.regdesk.app.job;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.regdesk.app.config.RegdeskProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler's {@link Scheduler}, wired by hand (its Spring Boot starter does not configure
 * itself on Spring Boot 4). It is started once the application is ready and stopped gracefully when
 * the context closes ({@link JobSchedulerLifecycle}).
 *
 * <p>It uses the desk's data source through a transaction-aware proxy, so that a job enqueued
 * inside a service's transaction is scheduled in that transaction. On PostgreSQL it polls with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} (lock-and-fetch), so several instances on one database
 * share the due jobs without contention; elsewhere (H2) with fetch-then-lock, which is safe on any
 * database. Heartbeats let another instance take over the jobs of an instance that died.
 */
@Configuration(proxyBeanMethods = false)
class JobSchedulerConfig {

  /** Missed heartbeats after which an instance counts as dead and its jobs run elsewhere. */
  static final int MISSED_HEARTBEATS = 4;

  /**
   * How long a stopping instance waits for its running jobs; what does not finish by then is taken
   * over by another instance (or this one after a restart) through its heartbeat.
   */
  static final java.time.Duration SHUTDOWN_WAIT = java.time.Duration.ofSeconds(30);

  @Bean(destroyMethod = "")
  Scheduler jobScheduler(
      DataSource dataSource, JobRunner runner, RegdeskProperties properties, Clock clock) {
    return build(dataSource, runner, properties.jobs(), clock, null);
  }

  /**
   * Builds a scheduler (tests build several on one database, as several instances would).
   *
   * @param dataSource the database
   * @param runner runs the jobs
   * @param jobs {@code regdesk.jobs.*}
   * @param clock the clock
   * @param name the instance's name, or null for the host name
   * @return the scheduler, not started
   */
  static Scheduler build(
      DataSource dataSource,
      JobRunner runner,
      RegdeskProperties.Jobs jobs,
      Clock clock,
      String name) {
    Task<Void> task =
        Tasks.custom(JobRunner.TASK, Void.class).onDeadExecutionRevive().execute(runner::execute);
    DataSource transactional = new TransactionAwareDataSourceProxy(dataSource);
    SchedulerBuilder builder =
        Scheduler.create(transactional, List.<Task<?>>of(task))
            .threads(jobs.threads())
            .pollingInterval(jobs.pollingInterval())
            .heartbeatInterval(jobs.heartbeatInterval())
            .missedHeartbeatsLimit(MISSED_HEARTBEATS)
            .clock(clock::instant)
            .enableImmediateExecution()
            .enablePriority()
            .shutdownMaxWait(SHUTDOWN_WAIT)
            .commitWhenAutocommitDisabled(false);
    if (name != null) {
      builder.schedulerName(() -> name);
    }
    if (isPostgres(dataSource)) {
      builder.pollUsingLockAndFetch(0.5, 1.0);
    }
    return builder.build();
  }

  private static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection
          .getMetaData()
          .getDatabaseProductName()
          .toLowerCase(Locale.ROOT)
          .contains("postgres");
    } catch (SQLException unreadable) {
      return false;
    }
  }
}
