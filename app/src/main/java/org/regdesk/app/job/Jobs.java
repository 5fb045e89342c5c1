package org.regdesk.app.job;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.ExecutionException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.regdesk.app.ConflictException;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jobs of the desk: enqueue work (keyed by kind and key, so enqueueing twice returns the job
 * already there), read jobs and their attempts, and the staff actions Retry now and Dismiss.
 *
 * <p>Enqueueing joins the caller's transaction: the job exists exactly when the caller's change
 * commits.
 */
@Service
public class Jobs {

  private static final int MAX_KEY = 200;

  private final JobRepository repository;
  private final JobTypes types;
  private final Scheduler scheduler;
  private final JsonMapper json;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param repository the job tables
   * @param types the job kinds
   * @param scheduler db-scheduler (lazy: it is built from the job runner, which needs the kinds)
   * @param json the desk's JSON mapper, for payloads
   * @param clock the desk's clock
   */
  Jobs(
      JobRepository repository,
      JobTypes types,
      @Lazy Scheduler scheduler,
      JsonMapper json,
      Clock clock) {
    this.repository = repository;
    this.types = types;
    this.scheduler = scheduler;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Enqueues a job to run now.
   *
   * @param type the kind
   * @param key what the job is about, e.g. {@code example.com}; unique within the kind
   * @param payload the input
   * @param <P> the payload type
   * @return the new job, or the one already enqueued with this kind and key
   */
  @Transactional
  public <P> Job enqueue(JobType<P> type, String key, P payload) {
    return enqueue(type, key, payload, JobOptions.now());
  }

  /**
   * Enqueues a job. If a job of this kind and key exists (in whatever state), it is returned
   * unchanged and nothing is scheduled: enqueueing twice is harmless. Staff re-run a stopped job
   * with {@link #retryNow}.
   *
   * @param type the kind
   * @param key what the job is about, unique within the kind (at most 200 characters)
   * @param payload the input
   * @param options when, and for which plugin
   * @param <P> the payload type
   * @return the job
   */
  @Transactional
  public <P> Job enqueue(JobType<P> type, String key, P payload, JobOptions options) {
    FieldErrors errors = new FieldErrors();
    errors.require("key", key);
    errors.check("key", key == null || key.length() <= MAX_KEY, "must be at most 200 characters");
    errors.check(
        "kind",
        types.find(type.kind()).isPresent(),
        "no job type '" + type.kind() + "' is registered");
    errors.check("payload", payload != null, "is required");
    errors.throwIfAny();
    Optional<Job> existing = repository.find(type.kind(), key);
    if (existing.isPresent()) {
      return existing.get();
    }
    Instant now = clock.instant();
    Instant runAt = options.runAt() == null ? now : options.runAt();
    String body = payload instanceof RecurringJobType.Run ? "{}" : json.writeValueAsString(payload);
    long id = repository.insert(type.kind(), key, body, options.plugin(), runAt, now);
    scheduler.scheduleIfNotExists(
        new TaskInstance<>(JobRunner.TASK, Long.toString(id), () -> null, type.priority()), runAt);
    return repository.find(id).orElseThrow();
  }

  /**
   * Runs a job that is waiting to look again now instead of at its time, because something else
   * learnt that there is news (e.g. the registry activated a registration). A job that is running,
   * retrying after an error, stopped or done is left as it is.
   *
   * @param kind the job's kind
   * @param key the job's key
   * @return whether the job was woken
   */
  @Transactional
  public boolean wake(String kind, String key) {
    return runNoLaterThan(kind, key, clock.instant());
  }

  /**
   * Closes a waiting job as done without running it again, because something else finished its work
   * (e.g. the registration watch found the domain active and closed the order). A job that is
   * running, retrying after an error, stopped or done is left as it is.
   *
   * @param kind the job's kind
   * @param key the job's key
   * @param message what is shown as its outcome
   * @return whether the job was closed; if not, the caller may {@link #wake} it instead
   */
  @Transactional
  public boolean complete(String kind, String key, String message) {
    Optional<Waiting> waiting = waiting(kind, key);
    if (waiting.isEmpty()) {
      return false;
    }
    try {
      scheduler.cancel(waiting.get().instance());
    } catch (TaskInstanceCurrentlyExecutingException
        | TaskInstanceNotFoundException
        | ExecutionException changedMeanwhile) {
      // picked or changed by its instance since it was read: it runs and closes itself
      return false;
    }
    repository.update(
        waiting.get().job().id(), JobState.DONE, null, message, null, false, clock.instant());
    return true;
  }

  /**
   * Brings a waiting job's next run forward to {@code at} if it was due later; otherwise, or if the
   * job is running, retrying after an error, stopped or done, leaves it as it is.
   *
   * @param kind the job's kind
   * @param key the job's key
   * @param at when it should run at the latest
   * @return whether its next run moved
   */
  @Transactional
  public boolean runNoLaterThan(String kind, String key, Instant at) {
    Optional<Waiting> waiting =
        waiting(kind, key).filter(w -> w.execution().getExecutionTime().isAfter(at));
    if (waiting.isEmpty()) {
      return false;
    }
    try {
      if (!scheduler.reschedule(waiting.get().instance(), at)) {
        return false;
      }
    } catch (TaskInstanceCurrentlyExecutingException | ExecutionException changedMeanwhile) {
      // picked or rescheduled by its instance since it was read: it runs anyway
      return false;
    }
    repository.update(
        waiting.get().job().id(), JobState.PENDING, at, null, null, true, clock.instant());
    return true;
  }

  /**
   * A job.
   *
   * @param id its number
   * @return the job
   * @throws NotFoundException when there is none
   */
  @Transactional(readOnly = true)
  public Job job(long id) {
    return repository.find(id).orElseThrow(() -> new NotFoundException("No job " + id));
  }

  /**
   * A job by kind and key.
   *
   * @param kind the kind
   * @param key the key
   * @return the job, or empty
   */
  @Transactional(readOnly = true)
  public Optional<Job> find(String kind, String key) {
    return repository.find(kind, key);
  }

  /**
   * The attempts of a job, first first.
   *
   * @param id the job
   * @return the attempts
   */
  @Transactional(readOnly = true)
  public List<JobAttemptRecord> attempts(long id) {
    job(id);
    return repository.attempts(id);
  }

  /**
   * Jobs, most recently changed first.
   *
   * @param state only this state, or null
   * @param kind only this kind, or null
   * @param request the page
   * @return the page
   */
  @Transactional(readOnly = true)
  public Page<Job> list(JobState state, String kind, PageRequest request) {
    return repository.page(state, blankToNull(kind), request);
  }

  /**
   * The kinds that have jobs, for the list's filter.
   *
   * @return the kinds
   */
  @Transactional(readOnly = true)
  public List<String> kinds() {
    return repository.kinds();
  }

  /**
   * Jobs staff should look at: failed and needs attention, most recent first.
   *
   * @param limit at most this many
   * @return the jobs
   */
  @Transactional(readOnly = true)
  public List<Job> needingAttention(int limit) {
    return repository.inStates(List.of(JobState.FAILED, JobState.NEEDS_ATTENTION), limit);
  }

  /**
   * Retry now: runs a failed, retrying, waiting or dismissed job again at once. Its attempts are
   * kept, so a job whose outcome was unknown still looks up first.
   *
   * @param id the job
   * @return the job, pending
   * @throws NotFoundException when there is none
   * @throws ConflictException when it is pending, running or done
   */
  @Transactional
  public Job retryNow(long id) {
    Job job = job(id);
    if (!job.state().isRetryable()) {
      throw new ConflictException(
          "Job "
              + id
              + " is "
              + job.state().name().toLowerCase(java.util.Locale.ROOT)
              + "; only failed, retrying, waiting or dismissed jobs can be retried");
    }
    Instant now = clock.instant();
    repository.update(id, JobState.PENDING, now, null, null, true, now);
    TaskInstance<Void> instance = instance(id);
    if (scheduler.getScheduledExecution(instance).isPresent()) {
      scheduler.reschedule(instance, now);
    } else {
      scheduler.schedule(instance, now);
    }
    return job(id);
  }

  /**
   * Dismiss: puts a job aside so it neither runs nor shows under Needs attention.
   *
   * @param id the job
   * @return the job, dismissed
   * @throws NotFoundException when there is none
   * @throws ConflictException when it is running, done, or recurring
   */
  @Transactional
  public Job dismiss(long id) {
    Job job = job(id);
    if (job.state() == JobState.RUNNING
        || job.state() == JobState.DONE
        || job.state() == JobState.DISMISSED) {
      throw new ConflictException(
          "Job "
              + id
              + " is "
              + job.state().name().toLowerCase(java.util.Locale.ROOT)
              + " and cannot be dismissed");
    }
    if (types.find(job.kind()).filter(RecurringJobType.class::isInstance).isPresent()) {
      throw new ConflictException("Job " + id + " is recurring and cannot be dismissed");
    }
    repository.update(id, JobState.DISMISSED, null, null, null, true, clock.instant());
    TaskInstance<Void> instance = instance(id);
    scheduler
        .getScheduledExecution(instance)
        .filter(execution -> !execution.isPicked())
        .ifPresent(execution -> scheduler.cancel(instance));
    return job(id);
  }

  /** A pending job and its execution, not picked by any instance. */
  private record Waiting(
      Job job, TaskInstance<Void> instance, ScheduledExecution<Object> execution) {}

  private Optional<Waiting> waiting(String kind, String key) {
    Optional<Job> job = repository.find(kind, key);
    if (job.isEmpty() || job.get().state() != JobState.PENDING) {
      return Optional.empty();
    }
    TaskInstance<Void> instance = instance(job.get().id());
    return scheduler
        .getScheduledExecution(instance)
        .filter(execution -> !execution.isPicked())
        .map(execution -> new Waiting(job.get(), instance, execution));
  }

  static TaskInstance<Void> instance(long id) {
    return new TaskInstance<>(JobRunner.TASK, Long.toString(id));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
