package org.regdesk.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.regdesk.app.testing.DatabaseTest;
import org.regdesk.app.testing.MutableClock;
import org.regdesk.app.testing.TestDatabase;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Mark before call, on H2 and PostgreSQL: what survives a rollback and a crash. */
class JobAttemptsTest {

  private record Desk(JobRepository repository, JobAttempts attempts, MutableClock clock) {}

  private static Desk desk(TestDatabase db) {
    MutableClock clock = new MutableClock();
    JobRepository repository = new JobRepository(db.jdbc());
    return new Desk(
        repository,
        new JobAttempts(repository, new DataSourceTransactionManager(db.dataSource()), clock),
        clock);
  }

  private static long job(Desk desk, String key) {
    return desk.repository()
        .insert(
            "register", key, "{}", "dondominio", desk.clock().instant(), desk.clock().instant());
  }

  @DatabaseTest
  void theStartedMarkIsCommittedEvenWhenTheCallersTransactionRollsBack(TestDatabase db) {
    Desk desk = desk(db);
    long id = job(desk, "rollback.example");

    db.transactions()
        .executeWithoutResult(
            status -> {
              desk.attempts().start(id);
              status.setRollbackOnly();
            });

    assertThat(desk.repository().attempts(id))
        .singleElement()
        .satisfies(
            attempt -> {
              assertThat(attempt.number()).isEqualTo(1);
              assertThat(attempt.startedAt()).isEqualTo(MutableClock.START);
              assertThat(attempt.outcome()).isNull();
            });
    assertThat(desk.repository().find(id).orElseThrow().state()).isEqualTo(JobState.RUNNING);
  }

  @DatabaseTest
  void anAttemptLeftWithoutOutcomeIsClosedAsInterruptedAndEveryLaterAttemptLooksUpFirst(
      TestDatabase db) {
    Desk desk = desk(db);
    long id = job(desk, "crash.example");
    JobAttempt first = desk.attempts().start(id);
    assertThat(first.previousOutcomeUnknown()).isFalse();
    // the desk dies here, during the registrar call: no finish()

    JobAttempt second = desk.attempts().start(id);
    assertThat(second.number()).isEqualTo(2);
    assertThat(second.previousOutcomeUnknown()).isTrue();
    desk.attempts().finish(second, "UNAVAILABLE", "registrar down");

    JobAttempt third = desk.attempts().start(id);
    assertThat(third.previousOutcomeUnknown())
        .as("a failed look-up does not settle the unknown outcome")
        .isTrue();
    assertThat(desk.repository().attempts(id))
        .extracting(JobAttemptRecord::outcome)
        .containsExactly(JobAttempts.INTERRUPTED, "UNAVAILABLE", null);
  }

  @DatabaseTest
  void attemptsThatEndedWithAnAnswerNeedNoLookUp(TestDatabase db) {
    Desk desk = desk(db);
    long id = job(desk, "clean.example");
    JobAttempt first = desk.attempts().start(id);
    desk.attempts().finish(first, "UNAVAILABLE", "registrar down");
    assertThat(desk.attempts().start(id).previousOutcomeUnknown()).isFalse();

    long other = job(desk, "unknown.example");
    JobAttempt lost = desk.attempts().start(other);
    desk.attempts().finish(lost, JobAttempts.OUTCOME_UNKNOWN, "connection dropped");
    assertThat(desk.attempts().start(other).previousOutcomeUnknown()).isTrue();
  }
}
