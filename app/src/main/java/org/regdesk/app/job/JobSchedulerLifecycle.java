package org.regdesk.app.job;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.util.concurrent.atomic.AtomicBoolean;
import org.regdesk.app.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts db-scheduler when the application is ready (after migrations and every bean), creates the
 * recurring jobs, and stops the scheduler gracefully when the context closes: running jobs are
 * given time to finish; what does not finish is picked up again through its heartbeat.
 */
@Component
class JobSchedulerLifecycle implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(JobSchedulerLifecycle.class);

  private final Scheduler scheduler;
  private final Jobs jobs;
  private final JobTypes types;
  private final TransactionTemplate transaction;
  private final AtomicBoolean started = new AtomicBoolean();

  JobSchedulerLifecycle(
      Scheduler scheduler, Jobs jobs, JobTypes types, TransactionTemplate transaction) {
    this.scheduler = scheduler;
    this.jobs = jobs;
    this.types = types;
    this.transaction = transaction;
  }

  @EventListener(ApplicationReadyEvent.class)
  void applicationReady() {
    for (RecurringJobType type : types.recurring()) {
      try {
        transaction.executeWithoutResult(
            status -> jobs.enqueue(type, RecurringJobType.KEY, new RecurringJobType.Run()));
      } catch (ValidationException bad) {
        LOG.error("Recurring job '{}' not created: {}", type.kind(), bad.getMessage());
      } catch (DataIntegrityViolationException createdElsewhere) {
        // another instance starting at the same moment created it: there is one either way
        LOG.info("Recurring job '{}' was created by another instance", type.kind());
      }
    }
    if (started.compareAndSet(false, true)) {
      scheduler.start();
      LOG.info("Jobs scheduler started");
    }
  }

  @Override
  public void start() {
    // started by applicationReady(), once the desk is ready
  }

  @Override
  public void stop() {
    if (started.compareAndSet(true, false)) {
      scheduler.stop();
    }
  }

  @Override
  public boolean isRunning() {
    return started.get();
  }

  @Override
  public int getPhase() {
    // stop before the web server and the data source go away
    return Integer.MAX_VALUE - 1000;
  }
}
