package org.regdesk.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.regdesk.app.config.RegdeskProperties;
import org.regdesk.app.registrar.RegistrarFlags;
import org.regdesk.app.testing.DatabaseTest;
import org.regdesk.app.testing.MutableClock;
import org.regdesk.app.testing.TestDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two desk instances on one database, as two db-scheduler instances with their own connections:
 * every job runs exactly once (with {@code -Ppostgres} on PostgreSQL, using SKIP LOCKED polling).
 */
class TwoInstancesTest {

  private static final int JOBS = 120;

  /** Counts the runs of each key. */
  static final class CountingJob implements JobType<CountingJob.Payload> {
    record Payload(int n) {}

    final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();

    @Override
    public String kind() {
      return "counting";
    }

    @Override
    public Class<Payload> payloadType() {
      return Payload.class;
    }

    @Override
    public JobOutcome run(Payload payload, JobAttempt attempt) {
      runs.computeIfAbsent("k" + payload.n(), k -> new AtomicInteger()).incrementAndGet();
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
      return JobOutcome.done();
    }
  }

  @DatabaseTest
  void eachJobRunsExactlyOnce(TestDatabase db) throws Exception {
    DataSource shared = pooled(db);
    MutableClock clock = new MutableClock();
    CountingJob counting = new CountingJob();
    RegdeskProperties.Jobs settings =
        new RegdeskProperties.Jobs(
            4,
            Duration.ofMillis(50),
            Duration.ofSeconds(30),
            Duration.ofMinutes(1),
            2,
            Duration.ofHours(1),
            10,
            Duration.ofMinutes(5));
    Scheduler one = instance(shared, counting, settings, clock, "one");
    Scheduler two = instance(shared, counting, settings, clock, "two");
    Jobs jobs = jobs(shared, counting, one, clock);
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(shared));
    for (int i = 0; i < JOBS; i++) {
      int n = i;
      tx.executeWithoutResult(s -> jobs.enqueue(counting, "k" + n, new CountingJob.Payload(n)));
    }
    JdbcClient jdbc = JdbcClient.create(shared);
    try {
      one.start();
      two.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (jdbc.sql("SELECT COUNT(*) FROM jobs WHERE state = 'DONE'").query(Long.class).single()
          < JOBS) {
        assertThat(System.nanoTime()).as("all jobs done within 60 s").isLessThan(deadline);
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
      }
    } finally {
      one.stop();
      two.stop();
    }
    assertThat(counting.runs).hasSize(JOBS);
    assertThat(counting.runs.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM job_attempts").query(Long.class).single())
        .isEqualTo(JOBS);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks").query(Long.class).single())
        .isZero();
  }

  /** A data source with a connection per use, on the test's database. */
  private static DataSource pooled(TestDatabase db) throws Exception {
    try (Connection c = db.dataSource().getConnection()) {
      String url = c.getMetaData().getURL();
      if (db.engine() == TestDatabase.Engine.POSTGRESQL) {
        String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return new DriverManagerDataSource(
            base + "?currentSchema=" + c.getSchema(), "postgres", "");
      }
      return new DriverManagerDataSource(url + TestDatabase.H2_SETTINGS, "sa", "");
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static JobTypes types(CountingJob counting) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("counting", counting));
    ObjectProvider provider = beans.getBeanProvider(JobType.class);
    return new JobTypes(provider);
  }

  private static Scheduler instance(
      DataSource dataSource,
      CountingJob counting,
      RegdeskProperties.Jobs settings,
      MutableClock clock,
      String name) {
    JobRepository repository = new JobRepository(JdbcClient.create(dataSource));
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    RegdeskProperties properties =
        new RegdeskProperties(
            java.nio.file.Path.of("target"),
            new RegdeskProperties.Sandbox(null, 0, "u", "p"),
            new RegdeskProperties.Secret(null, null),
            new RegdeskProperties.Login(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)),
            RegdeskProperties.RegistrarOptions.defaults(),
            settings,
            RegdeskProperties.Mail.defaults());
    JobRunner runner =
        new JobRunner(
            repository,
            new JobAttempts(repository, transactions, clock),
            types(counting),
            RegistrarFlags.on(JdbcClient.create(dataSource), clock),
            properties,
            JsonMapper.builder().build(),
            transactions,
            event -> {},
            clock);
    return JobSchedulerConfig.build(dataSource, runner, settings, clock, name);
  }

  private static Jobs jobs(
      DataSource dataSource, CountingJob counting, Scheduler scheduler, MutableClock clock) {
    return new Jobs(
        new JobRepository(JdbcClient.create(dataSource)),
        types(counting),
        scheduler,
        JsonMapper.builder().build(),
        clock);
  }
}
