package org.regdesk.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.job.Job;
import org.regdesk.app.job.JobAttemptRecord;
import org.regdesk.app.job.JobState;
import org.regdesk.app.job.Jobs;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/jobs}: list and read jobs with their attempts; retry or dismiss one. */
@RestController
@RequestMapping("/api/v1/jobs")
public class JobsApiController {

  private final Jobs jobs;

  /**
   * Creates the controller.
   *
   * @param jobs the jobs service
   */
  public JobsApiController(Jobs jobs) {
    this.jobs = jobs;
  }

  /**
   * A job on the wire.
   *
   * @param id the job's number
   * @param kind the kind
   * @param key the key
   * @param plugin the registrar plugin, or null
   * @param state {@code pending}, {@code running}, {@code retrying}, {@code waiting}, {@code done},
   *     {@code failed}, {@code needs_attention} or {@code dismissed}
   * @param attempts attempts made
   * @param nextRunAt the next run, or null
   * @param lastMessage the last message, or null
   * @param lastErrorKind the SPI error kind of the last failure, or null
   * @param createdAt when enqueued
   * @param updatedAt when last changed
   * @param finishedAt when it ended, or null
   * @param attemptList the attempts, only when one job is read
   */
  public record JobResponse(
      long id,
      String kind,
      String key,
      String plugin,
      String state,
      int attempts,
      Instant nextRunAt,
      String lastMessage,
      String lastErrorKind,
      Instant createdAt,
      Instant updatedAt,
      Instant finishedAt,
      List<AttemptResponse> attemptList) {

    static JobResponse of(Job job) {
      return of(job, null);
    }

    static JobResponse of(Job job, List<AttemptResponse> attempts) {
      return new JobResponse(
          job.id(),
          job.kind(),
          job.key(),
          job.plugin(),
          job.state().name().toLowerCase(Locale.ROOT),
          job.attempts(),
          job.nextRunAt(),
          job.lastMessage(),
          job.lastErrorKind(),
          job.createdAt(),
          job.updatedAt(),
          job.finishedAt(),
          attempts);
    }
  }

  /**
   * An attempt on the wire.
   *
   * @param number 1 for the first
   * @param startedAt when marked started
   * @param finishedAt when its outcome was written, or null
   * @param outcome the outcome, or null
   * @param message the message, or null
   */
  public record AttemptResponse(
      int number, Instant startedAt, Instant finishedAt, String outcome, String message) {

    static AttemptResponse of(JobAttemptRecord attempt) {
      return new AttemptResponse(
          attempt.number(),
          attempt.startedAt(),
          attempt.finishedAt(),
          attempt.outcome(),
          attempt.message());
    }
  }

  /**
   * Lists jobs.
   *
   * @param state a state, or empty for all
   * @param kind a kind, or empty for all
   * @param page the page number, from 1
   * @param size rows per page
   * @return the page, most recently changed first
   */
  @GetMapping
  @Operation(summary = "List jobs, most recently changed first; filter by state and kind")
  public ApiPage<JobResponse> list(
      @RequestParam(defaultValue = "") String state,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_PAGE) int page,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_SIZE) int size) {
    JobState filter = null;
    if (!state.isBlank()) {
      String name = state.strip().toUpperCase(Locale.ROOT);
      filter =
          java.util.Arrays.stream(JobState.values())
              .filter(s -> s.name().equals(name))
              .findFirst()
              .orElse(null);
      new FieldErrors()
          .check(
              "state",
              filter != null,
              "must be one of pending, running, retrying, waiting, done, failed, needs_attention,"
                  + " dismissed")
          .throwIfAny();
    }
    return ApiPage.of(jobs.list(filter, kind, ApiPaging.request(page, size)), JobResponse::of);
  }

  /**
   * One job with its attempts.
   *
   * @param id the job
   * @return the job
   */
  @GetMapping("/{id}")
  @Operation(summary = "Get a job with its attempts")
  public JobResponse get(@PathVariable long id) {
    return JobResponse.of(
        jobs.job(id), jobs.attempts(id).stream().map(AttemptResponse::of).toList());
  }

  /**
   * Retry now.
   *
   * @param id the job
   * @return the job, pending
   */
  @PostMapping("/{id}/retry")
  @Operation(summary = "Run a failed, retrying, waiting or dismissed job again now")
  public JobResponse retry(@PathVariable long id) {
    return JobResponse.of(jobs.retryNow(id));
  }

  /**
   * Dismiss.
   *
   * @param id the job
   * @return the job, dismissed
   */
  @PostMapping("/{id}/dismiss")
  @Operation(summary = "Put a job aside: it does not run and leaves Needs attention")
  public JobResponse dismiss(@PathVariable long id) {
    return JobResponse.of(jobs.dismiss(id));
  }
}
