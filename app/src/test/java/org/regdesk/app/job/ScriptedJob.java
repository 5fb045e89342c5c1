package org.regdesk.app.job;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.regdesk.app.registrar.Trigger;
import org.regdesk.registrar.spi.error.AuthenticationFailedException;
import org.regdesk.registrar.spi.error.OutcomeUnknownException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.error.RejectedException;
import org.regdesk.registrar.spi.error.UnavailableException;
import org.springframework.stereotype.Component;

/**
 * A job kind for engine tests: attempt n does what the n-th step of its script says, as a registrar
 * would answer, and every run is recorded (its attempt and the trigger in force), so tests count
 * "registrar calls" and see what the engine told the handler.
 */
@Component
public class ScriptedJob implements JobType<ScriptedJob.Script> {

  /** What each attempt does: DONE, LATER, UNAVAILABLE, REJECTED, AUTH, UNKNOWN, BUG. */
  public record Script(List<String> steps) {}

  /** One run as the handler saw it. */
  public record Run(JobAttempt attempt, Trigger trigger) {}

  static final Map<String, List<Run>> RUNS = new ConcurrentHashMap<>();

  @Override
  public String kind() {
    return "scripted";
  }

  @Override
  public Class<Script> payloadType() {
    return Script.class;
  }

  @Override
  public JobOutcome run(Script script, JobAttempt attempt) throws RegistrarException {
    String key = Trigger.current().name().substring(kind().length() + 1);
    RUNS.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>())
        .add(new Run(attempt, Trigger.current()));
    String step = script.steps().get(Math.min(attempt.number(), script.steps().size()) - 1);
    return switch (step) {
      case "DONE" ->
          JobOutcome.done(attempt.previousOutcomeUnknown() ? "found at registrar" : "ok");
      case "LATER" -> JobOutcome.checkAgainIn(java.time.Duration.ofMinutes(5), "still pending");
      case "UNAVAILABLE" -> throw new UnavailableException("registrar down for maintenance", null);
      case "REJECTED" ->
          throw new RejectedException("Name taken", "domain already registered", "2003");
      case "AUTH" -> throw new AuthenticationFailedException("login refused", "1001");
      case "UNKNOWN" -> throw new OutcomeUnknownException("connection dropped after sending", null);
      default -> throw new IllegalStateException("scripted bug");
    };
  }

  static List<Run> runs(String key) {
    return RUNS.getOrDefault(key, List.of());
  }

  /**
   * Waits (at most 20 s, nudging the scheduler) until a job is in a state.
   *
   * @param jobs the jobs service
   * @param scheduler the desk's scheduler
   * @param id the job
   * @param state the state awaited
   * @return the job
   */
  public static Job awaitState(
      Jobs jobs, com.github.kagkarlsson.scheduler.Scheduler scheduler, long id, JobState state) {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
    while (jobs.job(id).state() != state) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("job not " + state + " within 20 s: " + jobs.job(id));
      }
      scheduler.triggerCheckForDueExecutions();
      java.util.concurrent.locks.LockSupport.parkNanos(
          java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(20));
    }
    return jobs.job(id);
  }
}
