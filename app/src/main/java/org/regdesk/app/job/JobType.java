package org.regdesk.app.job;

import com.github.kagkarlsson.scheduler.task.Priority;
import org.regdesk.registrar.spi.error.RegistrarException;

/**
 * A kind of job: a Spring bean in the feature that owns the work (e.g. {@code RegisterDomainJob} in
 * {@code .domain} or {@code .job}). The engine finds every bean of this type by its {@link
 * #kind()}; features enqueue work with {@link Jobs#enqueue}.
 *
 * <p>{@link #run} is called inside {@code Trigger.job(kind + " " + key)}, after the attempt was
 * marked as started in its own committed transaction (mark before call). It returns an outcome or
 * throws: a {@link RegistrarException} is handled by the {@link RetryPolicy} of its kind; any other
 * exception fails the job (a bug: the log has the details, staff see the exception's type only).
 *
 * @param <P> the payload: a record serialised as JSON with the desk's Jackson mapper
 */
public interface JobType<P> {

  /** The priority of most jobs. */
  int NORMAL_PRIORITY = Priority.MEDIUM;

  /** The priority of follow-ups nobody waits for: they run when no normal job is due. */
  int LOW_PRIORITY = Priority.LOW;

  /**
   * The stable name of the kind, stored with every job: lower case, e.g. {@code register}.
   *
   * @return the kind
   */
  String kind();

  /**
   * The payload's class, to read it back from JSON.
   *
   * @return the class
   */
  Class<P> payloadType();

  /**
   * Which due jobs run first when there are more than threads: work somebody waits for (orders)
   * before follow-ups nobody waits for.
   *
   * @return the priority; higher runs first
   */
  default int priority() {
    return NORMAL_PRIORITY;
  }

  /**
   * Does the work once.
   *
   * @param payload the payload given to {@link Jobs#enqueue}
   * @param attempt which attempt this is; when {@link JobAttempt#previousOutcomeUnknown()} is true
   *     look the object up at the registrar before changing anything
   * @return done, or check again later
   * @throws RegistrarException when the registrar call failed; the retry policy decides what next
   */
  JobOutcome run(P payload, JobAttempt attempt) throws RegistrarException;
}
