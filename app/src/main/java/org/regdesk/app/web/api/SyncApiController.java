package org.regdesk.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import org.regdesk.app.domain.sync.DomainSync;
import org.regdesk.app.domain.sync.SyncRequests;
import org.regdesk.app.domain.sync.SyncRun;
import org.regdesk.app.job.Job;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sync: "Sync now" for a plugin's domains ({@code POST /api/v1/registrars/{name}/sync}, a job) and
 * the record of sync runs ({@code GET /api/v1/sync-runs}).
 */
@RestController
public class SyncApiController {

  private final SyncRequests requests;
  private final DomainSync sync;

  /**
   * Creates the controller.
   *
   * @param requests enqueues syncs
   * @param sync the sync service
   */
  public SyncApiController(SyncRequests requests, DomainSync sync) {
    this.requests = requests;
    this.sync = sync;
  }

  /**
   * The job a sync request became.
   *
   * @param jobId the job's id ({@code /api/v1/jobs/{id}})
   * @param state its state
   */
  public record SyncRequested(long jobId, String state) {}

  /**
   * A sync run.
   *
   * @param id the run's id
   * @param plugin the plugin
   * @param triggeredBy who or what started it
   * @param complete whether the listing was complete (when false nothing changed)
   * @param pages listing calls
   * @param listed domains listed
   * @param updated desk domains changed
   * @param gone desk domains missing from the listing, now transferred away or expired
   * @param notInDesk listed domains the desk lacks
   * @param message what happened
   * @param startedAt when it started
   * @param finishedAt when it ended
   */
  public record SyncRunResponse(
      long id,
      String plugin,
      String triggeredBy,
      boolean complete,
      int pages,
      int listed,
      int updated,
      int gone,
      int notInDesk,
      String message,
      Instant startedAt,
      Instant finishedAt) {

    static SyncRunResponse of(SyncRun r) {
      return new SyncRunResponse(
          r.id(),
          r.plugin(),
          r.triggeredBy(),
          r.complete(),
          r.pages(),
          r.listed(),
          r.updated(),
          r.gone(),
          r.notInDesk(),
          r.message(),
          r.startedAt(),
          r.finishedAt());
    }
  }

  /**
   * Queues a sync of a plugin's domains.
   *
   * @param name the plugin's stable name
   * @return the job
   */
  @PostMapping("/api/v1/registrars/{name}/sync")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Sync now: queue a sync of every domain of a registrar plugin (a job)")
  public SyncRequested request(@PathVariable String name) {
    Job job = requests.request(name);
    return new SyncRequested(job.id(), job.state().name());
  }

  /**
   * Lists sync runs, newest first.
   *
   * @param plugin only this plugin's
   * @param page the page, from 1
   * @param size rows per page
   * @return the runs
   */
  @GetMapping("/api/v1/sync-runs")
  @Operation(summary = "Sync runs, newest first; complete=false means nothing was changed")
  public ApiPage<SyncRunResponse> runs(
      @RequestParam(defaultValue = "") String plugin,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_PAGE) int page,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_SIZE) int size) {
    return ApiPage.of(
        sync.runs(plugin.isBlank() ? null : plugin.strip(), ApiPaging.request(page, size)),
        SyncRunResponse::of);
  }
}
