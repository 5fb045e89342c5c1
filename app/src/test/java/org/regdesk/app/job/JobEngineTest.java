package org.regdesk.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.regdesk.app.mail.MailOutbox;
import org.regdesk.app.registrar.RegistrarFlags;
import org.regdesk.app.registrar.Trigger;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The jobs engine in the running desk: db-scheduler on the desk's database, time moved with the
 * test clock, every outcome of the retry policy, mark before call.
 */
class JobEngineTest extends WebTestSupport {

  private static final AtomicInteger KEYS = new AtomicInteger();

  @Autowired Jobs jobs;
  @Autowired ScriptedJob scripted;
  @Autowired Scheduler scheduler;
  @Autowired RegistrarFlags flags;
  @Autowired JobAttempts attempts;
  @Autowired MailOutbox outbox;

  private static String newKey() {
    return "job-" + KEYS.incrementAndGet() + ".example";
  }

  private static ScriptedJob.Script script(String... steps) {
    return new ScriptedJob.Script(List.of(steps));
  }

  private Job awaitState(long id, JobState state) {
    await(() -> jobs.job(id).state() == state);
    return jobs.job(id);
  }

  private void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 20 s");
      }
      scheduler.triggerCheckForDueExecutions();
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
  }

  @Test
  void enqueueingTwiceGivesOneJobThatRunsOnceWithTheJobAsTrigger() {
    String key = newKey();
    Job first = jobs.enqueue(scripted, key, script("DONE"));
    Job second = jobs.enqueue(scripted, key, script("REJECTED"));

    assertThat(second.id()).isEqualTo(first.id());
    Job done = awaitState(first.id(), JobState.DONE);
    assertThat(done.attempts()).isEqualTo(1);
    assertThat(done.finishedAt()).isNotNull();
    assertThat(ScriptedJob.runs(key)).hasSize(1);
    assertThat(ScriptedJob.runs(key).get(0).trigger()).isEqualTo(Trigger.job("scripted " + key));
    assertThat(jobs.attempts(first.id()))
        .extracting(JobAttemptRecord::outcome)
        .containsExactly("DONE");
  }

  @Test
  void unavailableRetriesWithExponentialBackoffThenSucceeds() {
    String key = newKey();
    long id = jobs.enqueue(scripted, key, script("UNAVAILABLE", "UNAVAILABLE", "DONE")).id();

    Job retrying = awaitState(id, JobState.RETRYING);
    assertThat(retrying.nextRunAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
    assertThat(retrying.lastMessage()).contains("registrar down for maintenance");
    assertThat(retrying.lastErrorKind()).isEqualTo("UNAVAILABLE");

    clock.advance(Duration.ofSeconds(59));
    scheduler.triggerCheckForDueExecutions();
    assertThat(jobs.job(id).attempts()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    await(() -> jobs.job(id).attempts() == 2 && jobs.job(id).state() == JobState.RETRYING);
    assertThat(jobs.job(id).nextRunAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

    clock.advance(Duration.ofMinutes(2));
    Job done = awaitState(id, JobState.DONE);
    assertThat(done.attempts()).isEqualTo(3);
    assertThat(jobs.attempts(id))
        .extracting(JobAttemptRecord::outcome)
        .containsExactly("UNAVAILABLE", "UNAVAILABLE", "DONE");
  }

  @Test
  void rejectedStopsAtOnceWithTheRegistrarsMessageAndQueuesAStaffMail() {
    String key = newKey();
    long id = jobs.enqueue(scripted, key, script("REJECTED", "DONE")).id();

    Job stopped = awaitState(id, JobState.NEEDS_ATTENTION);
    assertThat(stopped.lastMessage()).contains("domain already registered").contains("2003");
    assertThat(stopped.nextRunAt()).isNull();
    clock.advance(Duration.ofDays(1));
    scheduler.triggerCheckForDueExecutions();
    assertThat(ScriptedJob.runs(key)).hasSize(1);

    assertThat(outbox.to("staff@regdesk.test"))
        .anySatisfy(
            mail -> {
              assertThat(mail.subject()).contains(key).contains("needs attention");
              assertThat(mail.body()).contains("domain already registered");
            });
    assertThat(jobs.needingAttention(500)).extracting(Job::id).contains(id);
  }

  @Test
  void authenticationFailureFlagsThePluginAndItsOtherJobsWaitWithoutCalling() {
    String plugin = "flagged-" + KEYS.incrementAndGet();
    String failing = newKey();
    String other = newKey();
    long failingId =
        jobs.enqueue(scripted, failing, script("AUTH"), JobOptions.forPlugin(plugin)).id();
    Job stopped = awaitState(failingId, JobState.NEEDS_ATTENTION);
    assertThat(stopped.lastMessage()).contains("login refused");
    assertThat(flags.find(plugin))
        .hasValueSatisfying(f -> assertThat(f.message()).contains("login refused"));

    long otherId = jobs.enqueue(scripted, other, script("DONE"), JobOptions.forPlugin(plugin)).id();
    Job waiting = awaitState(otherId, JobState.WAITING);
    assertThat(waiting.lastMessage()).contains(plugin).contains("flagged");
    assertThat(waiting.nextRunAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
    clock.advance(Duration.ofMinutes(5));
    await(() -> jobs.job(otherId).nextRunAt().isAfter(clock.instant()));
    assertThat(ScriptedJob.runs(other)).isEmpty();
    assertThat(ScriptedJob.runs(failing)).hasSize(1);

    flags.clear(plugin);
    jobs.retryNow(otherId);
    awaitState(otherId, JobState.DONE);
    assertThat(ScriptedJob.runs(other)).hasSize(1);
  }

  @Test
  void outcomeUnknownMakesTheNextAttemptLookUpFirst() {
    String key = newKey();
    long id = jobs.enqueue(scripted, key, script("UNKNOWN", "DONE")).id();
    Job retrying = awaitState(id, JobState.RETRYING);
    assertThat(retrying.lastErrorKind()).isEqualTo("OUTCOME_UNKNOWN");
    assertThat(ScriptedJob.runs(key).get(0).attempt().previousOutcomeUnknown()).isFalse();

    clock.advance(Duration.ofMinutes(1));
    Job done = awaitState(id, JobState.DONE);
    assertThat(ScriptedJob.runs(key).get(1).attempt().previousOutcomeUnknown()).isTrue();
    assertThat(done.lastMessage()).isEqualTo("found at registrar");
  }

  @Test
  void anAttemptMarkedStartedByADeskThatDiedMakesTheNextRunLookUpFirst() {
    String key = newKey();
    long id =
        jobs.enqueue(
                scripted,
                key,
                script("DONE"),
                JobOptions.now().at(clock.instant().plus(Duration.ofHours(1))))
            .id();
    // the desk marks attempt 1, calls the registrar, and dies before writing the outcome
    JobAttempt crashed = attempts.start(id);
    assertThat(crashed.number()).isEqualTo(1);
    assertThat(jobs.attempts(id)).singleElement().satisfies(a -> assertThat(a.outcome()).isNull());

    clock.advance(Duration.ofHours(1));
    awaitState(id, JobState.DONE);
    assertThat(ScriptedJob.runs(key))
        .singleElement()
        .satisfies(
            run -> {
              assertThat(run.attempt().number()).isEqualTo(2);
              assertThat(run.attempt().previousOutcomeUnknown()).isTrue();
            });
    assertThat(jobs.attempts(id))
        .extracting(JobAttemptRecord::outcome)
        .containsExactly(JobAttempts.INTERRUPTED, "DONE");
  }

  @Test
  void aBugFailsTheJobWithoutLeakingItsMessageAndRetryNowRunsItAgain() {
    String key = newKey();
    long id = jobs.enqueue(scripted, key, script("BUG", "DONE")).id();
    Job failed = awaitState(id, JobState.FAILED);
    assertThat(failed.lastMessage())
        .contains("IllegalStateException")
        .doesNotContain("scripted bug");

    jobs.retryNow(id);
    awaitState(id, JobState.DONE);
    assertThat(ScriptedJob.runs(key)).hasSize(2);
  }

  @Test
  void aJobScheduledLaterWaitsForItsTimeAndDismissStopsIt() {
    String key = newKey();
    long id =
        jobs.enqueue(
                scripted,
                key,
                script("DONE"),
                JobOptions.now().at(clock.instant().plus(Duration.ofMinutes(30))))
            .id();
    assertThat(jobs.job(id).state()).isEqualTo(JobState.PENDING);
    jobs.dismiss(id);
    clock.advance(Duration.ofHours(1));
    scheduler.triggerCheckForDueExecutions();
    assertThat(jobs.job(id).state()).isEqualTo(JobState.DISMISSED);
    assertThat(ScriptedJob.runs(key)).isEmpty();
  }

  @Test
  void aRecurringJobRunsAgainAfterItsInterval() {
    await(() -> jobs.find("send-mail", RecurringJobType.KEY).map(Job::attempts).orElse(0) > 0);
    Job sender = jobs.find("send-mail", RecurringJobType.KEY).orElseThrow();
    await(() -> jobs.job(sender.id()).state() == JobState.PENDING);
    Job ran = jobs.job(sender.id());
    assertThat(ran.lastMessage()).contains("No mail server configured");
    assertThat(ran.nextRunAt()).isAfter(clock.instant());

    clock.advance(Duration.between(clock.instant(), ran.nextRunAt()));
    await(() -> jobs.job(sender.id()).attempts() > ran.attempts());
  }
}
