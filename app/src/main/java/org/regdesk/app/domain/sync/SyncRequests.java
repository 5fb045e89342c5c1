package org.regdesk.app.domain.sync;

import java.time.Clock;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.job.Job;
import org.regdesk.app.job.JobOptions;
import org.regdesk.app.job.Jobs;
import org.regdesk.app.registrar.Registrars;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Sync now" for a whole plugin, from the admin panel and the API: a job, as a sync may be long.
 */
@Service
public class SyncRequests {

  private final Jobs jobs;
  private final SyncPluginJob type;
  private final Registrars registrars;
  private final Clock clock;

  SyncRequests(Jobs jobs, SyncPluginJob type, Registrars registrars, Clock clock) {
    this.jobs = jobs;
    this.type = type;
    this.registrars = registrars;
    this.clock = clock;
  }

  /**
   * Enqueues a sync of one plugin's domains, to run now.
   *
   * @param plugin the plugin's stable name
   * @return the job (its page shows the outcome)
   * @throws NotFoundException when no plugin has the name
   */
  @Transactional
  public Job request(String plugin) {
    String name = registrars.plugin(plugin).name();
    return jobs.enqueue(
        type,
        // each request is its own piece of work, even two within one clock tick
        name + " " + clock.instant() + " " + java.util.UUID.randomUUID().toString().substring(0, 8),
        new SyncPluginJob.Request(name),
        JobOptions.forPlugin(name));
  }
}
