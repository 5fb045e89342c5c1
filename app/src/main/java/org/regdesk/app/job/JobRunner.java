package org.regdesk.app.job;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.regdesk.app.config.RegdeskProperties;
import org.regdesk.app.registrar.RegistrarFlag;
import org.regdesk.app.registrar.RegistrarFlags;
import org.regdesk.app.registrar.Trigger;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one job when db-scheduler hands it over: checks its state and its plugin's flag, marks the
 * attempt as started (committed), runs the handler inside {@code Trigger.job(kind + " " + key)},
 * writes the outcome, and decides with the {@link RetryPolicy} when (if ever) it runs next.
 */
@Component
class JobRunner {

  /** db-scheduler's task name for every job; the task instance id is the job's number. */
  static final String TASK = "regdesk-job";

  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

  private final JobRepository repository;
  private final JobAttempts attempts;
  private final JobTypes types;
  private final RegistrarFlags flags;
  private final RegdeskProperties.Jobs settings;
  private final RetryPolicy policy;
  private final JsonMapper json;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  JobRunner(
      JobRepository repository,
      JobAttempts attempts,
      JobTypes types,
      RegistrarFlags flags,
      RegdeskProperties properties,
      JsonMapper json,
      PlatformTransactionManager transactions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.attempts = attempts;
    this.types = types;
    this.flags = flags;
    this.settings = properties.jobs();
    this.policy = RetryPolicy.from(properties.jobs());
    this.json = json;
    this.transaction = new TransactionTemplate(transactions);
    this.events = events;
    this.clock = clock;
  }

  /** db-scheduler's entry point. */
  CompletionHandler<Void> execute(TaskInstance<Void> instance, ExecutionContext context) {
    Optional<Instant> next;
    try {
      next = run(Long.parseLong(instance.getId()));
    } catch (RuntimeException unexpected) {
      // the engine itself broke (database gone …): let db-scheduler try again shortly
      LOG.error("Job {} could not be run", instance.getId(), unexpected);
      Instant later = clock.instant().plus(settings.retryDelay());
      return (complete, operations) -> operations.reschedule(complete, later);
    }
    return (complete, operations) -> {
      if (next.isPresent()) {
        operations.reschedule(complete, next.get());
      } else {
        operations.remove();
      }
    };
  }

  /**
   * Runs a job once.
   *
   * @param id the job
   * @return when it runs next, or empty when db-scheduler may forget it
   */
  Optional<Instant> run(long id) {
    Optional<JobRepository.Stored> found = repository.stored(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Job job = found.get().job();
    Optional<JobType<?>> type = types.find(job.kind());
    boolean recurring = type.filter(RecurringJobType.class::isInstance).isPresent();
    if (job.state() == JobState.DISMISSED
        || job.state() == JobState.DONE && !recurring
        || !job.state().isActive() && !recurring) {
      return Optional.empty();
    }
    if (type.isEmpty()) {
      stop(job, JobState.FAILED, "No job type '" + job.kind() + "' is installed", null);
      return Optional.empty();
    }
    if (job.plugin() != null) {
      Optional<RegistrarFlag> flag = flags.find(job.plugin());
      if (flag.isPresent()) {
        Instant next = clock.instant().plus(settings.flaggedPluginWait());
        repository.update(
            id,
            JobState.WAITING,
            next,
            "Waiting: the settings of registrar plugin '"
                + job.plugin()
                + "' are flagged ("
                + flag.get().message()
                + "); fix them on Settings › Plugins › Registrars",
            null,
            false,
            clock.instant());
        return Optional.of(next);
      }
    }
    return attempt(job, found.get().payload(), type.get(), recurring);
  }

  private <P> Optional<Instant> attempt(
      Job job, String payloadJson, JobType<P> type, boolean recurring) {
    P payload = payload(type, payloadJson);
    JobAttempt attempt = attempts.start(job.id());
    JobOutcome outcome;
    try (Trigger.Scope scope = Trigger.job(job.triggerName()).enter()) {
      outcome = type.run(payload, attempt);
    } catch (RegistrarException failure) {
      return failed(job, attempt, failure, recurring);
    } catch (RuntimeException bug) {
      LOG.error("Job {} ({}) failed", job.id(), job.triggerName(), bug);
      String message =
          "Unexpected error (" + bug.getClass().getSimpleName() + "); the desk's log has details";
      attempts.finish(attempt, "ERROR", message);
      if (recurring) {
        return Optional.of(again(job, (RecurringJobType) type, JobState.FAILED, message, "ERROR"));
      }
      stop(job, JobState.FAILED, message, "ERROR");
      return Optional.empty();
    }
    if (outcome == null) {
      outcome = JobOutcome.done();
    }
    Instant now = clock.instant();
    if (!outcome.finished()) {
      attempts.finish(attempt, "LATER", outcome.message());
      Instant next = now.plus(outcome.checkAgainIn());
      repository.update(job.id(), JobState.PENDING, next, outcome.message(), null, false, now);
      return Optional.of(next);
    }
    attempts.finish(attempt, "DONE", outcome.message());
    if (recurring) {
      return Optional.of(
          again(job, (RecurringJobType) type, JobState.PENDING, outcome.message(), null));
    }
    repository.update(job.id(), JobState.DONE, null, outcome.message(), null, false, now);
    return Optional.empty();
  }

  private Optional<Instant> failed(
      Job job, JobAttempt attempt, RegistrarException failure, boolean recurring) {
    String message =
        failure.getMessage()
            + failure.registrarCode().map(code -> " (registrar code " + code + ")").orElse("");
    String kind = failure.kind().name();
    attempts.finish(attempt, kind, message);
    RetryRule rule = policy.rule(failure.kind());
    Optional<Duration> delay = rule.delayAfter(attempt.number());
    if (delay.isPresent()) {
      Instant now = clock.instant();
      Instant next = now.plus(delay.get());
      repository.update(job.id(), JobState.RETRYING, next, message, kind, false, now);
      return Optional.of(next);
    }
    if (rule.action() == RetryRule.Action.STOP_AND_FLAG_PLUGIN && job.plugin() != null) {
      flags.flag(job.plugin(), message);
    }
    JobState state = rule.retries() ? JobState.FAILED : JobState.NEEDS_ATTENTION;
    String shown =
        rule.retries() ? "Gave up after " + attempt.number() + " attempts: " + message : message;
    if (recurring) {
      return Optional.of(
          again(job, (RecurringJobType) types.find(job.kind()).orElseThrow(), state, shown, kind));
    }
    stop(job, state, shown, kind);
    return Optional.empty();
  }

  /** A recurring job's next run, whatever this one came to. */
  private Instant again(
      Job job, RecurringJobType type, JobState state, String message, String errorKind) {
    Instant now = clock.instant();
    Instant next = now.plus(type.interval());
    JobState shown = state == JobState.PENDING ? JobState.PENDING : state;
    transaction.executeWithoutResult(
        status -> {
          repository.update(job.id(), shown, next, message, errorKind, false, now);
          if (shown != JobState.PENDING) {
            events.publishEvent(new JobStopped(job, shown, message));
          }
        });
    return next;
  }

  /** Stops a job for good and tells staff, in one transaction. */
  private void stop(Job job, JobState state, String message, String errorKind) {
    transaction.executeWithoutResult(
        status -> {
          repository.update(job.id(), state, null, message, errorKind, false, clock.instant());
          events.publishEvent(new JobStopped(job, state, message));
        });
  }

  private <P> P payload(JobType<P> type, String body) {
    if (type.payloadType() == RecurringJobType.Run.class) {
      return type.payloadType().cast(new RecurringJobType.Run());
    }
    return json.readValue(body, type.payloadType());
  }
}
