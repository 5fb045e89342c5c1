package org.regdesk.app.domain.sync;

import org.regdesk.app.job.JobAttempt;
import org.regdesk.app.job.JobOutcome;
import org.regdesk.app.job.JobType;
import org.springframework.stereotype.Component;

/** "Sync now" for one plugin: the same sync as the recurring one, run once on request. */
@Component
class SyncPluginJob implements JobType<SyncPluginJob.Request> {

  /**
   * What to sync.
   *
   * @param plugin the plugin's stable name
   */
  record Request(String plugin) {}

  private final DomainSync sync;

  SyncPluginJob(DomainSync sync) {
    this.sync = sync;
  }

  @Override
  public String kind() {
    return "sync-plugin";
  }

  @Override
  public Class<Request> payloadType() {
    return Request.class;
  }

  @Override
  public JobOutcome run(Request payload, JobAttempt attempt) {
    return JobOutcome.done(sync.syncPlugin(payload.plugin()).message());
  }
}
