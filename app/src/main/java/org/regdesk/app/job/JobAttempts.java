package org.regdesk.app.job;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mark before call: a job records "attempt N started" and commits it before it calls the registrar,
 * and writes the outcome afterwards, each in a transaction of its own (whatever the caller's
 * transaction does). If the desk dies during the call, the attempt stays without an outcome; the
 * next {@link #start} sees it, closes it as {@value #INTERRUPTED}, and hands out an attempt with
 * {@link JobAttempt#previousOutcomeUnknown()} set, so the handler looks the object up at the
 * registrar before it sends anything again.
 *
 * <p>Once any attempt of a job ended with its outcome unknown, every later attempt is told so: a
 * look-up is cheap, a second charged create is not.
 */
@Component
public class JobAttempts {

  /** The outcome written for an attempt the desk stopped during. */
  public static final String INTERRUPTED = "INTERRUPTED";

  /** The outcome the SPI uses for "may have taken effect". */
  public static final String OUTCOME_UNKNOWN = "OUTCOME_UNKNOWN";

  private final JobRepository repository;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  /**
   * Creates the helper.
   *
   * @param repository the job tables
   * @param transactions the desk's transaction manager
   * @param clock the desk's clock
   */
  JobAttempts(JobRepository repository, PlatformTransactionManager transactions, Clock clock) {
    this.repository = repository;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /**
   * Marks the next attempt of a job as started and commits that before returning.
   *
   * @param jobId the job
   * @return the attempt, saying whether an earlier one may have taken effect
   */
  public JobAttempt start(long jobId) {
    return ownTransaction.execute(
        status -> {
          List<JobAttemptRecord> earlier = repository.attempts(jobId);
          boolean unknown = false;
          for (JobAttemptRecord attempt : earlier) {
            if (attempt.outcome() == null) {
              repository.finishAttempt(
                  jobId,
                  attempt.number(),
                  INTERRUPTED,
                  "The desk stopped during this attempt; its outcome is unknown",
                  clock.instant());
              unknown = true;
            } else if (attempt.outcome().equals(INTERRUPTED)
                || attempt.outcome().equals(OUTCOME_UNKNOWN)) {
              unknown = true;
            }
          }
          int number = repository.startAttempt(jobId, clock.instant());
          return new JobAttempt(jobId, number, unknown);
        });
  }

  /**
   * Writes an attempt's outcome, committed at once.
   *
   * @param attempt the attempt
   * @param outcome {@code DONE}, {@code LATER}, an SPI error kind name or {@code ERROR}
   * @param message what happened, or null
   */
  public void finish(JobAttempt attempt, String outcome, String message) {
    ownTransaction.executeWithoutResult(
        status ->
            repository.finishAttempt(
                attempt.jobId(), attempt.number(), outcome, message, clock.instant()));
  }
}
