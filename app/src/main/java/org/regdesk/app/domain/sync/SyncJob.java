package org.regdesk.app.domain.sync;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.regdesk.app.job.JobAttempt;
import org.regdesk.app.job.JobOutcome;
import org.regdesk.app.job.RecurringJobType;
import org.springframework.stereotype.Component;

/**
 * The recurring sync of every plugin that can list its domains, every {@code
 * regdesk.sync.interval}. An incomplete listing is not a job failure: it changed nothing, its run
 * record says why, and the next run comes at the usual interval.
 */
@Component
class SyncJob implements RecurringJobType {

  private final DomainSync sync;
  private final SyncSettings settings;

  SyncJob(DomainSync sync, SyncSettings settings) {
    this.sync = sync;
    this.settings = settings;
  }

  @Override
  public String kind() {
    return "sync";
  }

  @Override
  public Duration interval() {
    return settings.interval();
  }

  @Override
  public JobOutcome run(Run payload, JobAttempt attempt) {
    List<SyncRun> runs = sync.syncAll();
    if (runs.isEmpty()) {
      return JobOutcome.done("No configured plugin lists its domains");
    }
    return JobOutcome.done(
        runs.stream().map(r -> r.plugin() + ": " + r.message()).collect(Collectors.joining("; ")));
  }
}
