package org.regdesk.app.job;

import java.time.Duration;

/**
 * A job kind that runs again and again (sync, sending mail): one job per kind, key {@value #KEY},
 * created when the scheduler starts and run again {@link #interval()} after each run ends, whatever
 * its outcome. Its payload is empty.
 */
public interface RecurringJobType extends JobType<RecurringJobType.Run> {

  /** The key of every recurring job. */
  String KEY = "recurring";

  /** The empty payload of a recurring job. */
  record Run() {}

  /**
   * How long after a run ends the next starts; read at the end of each run, so a changed setting
   * applies from the next run on.
   *
   * @return the interval
   */
  Duration interval();

  @Override
  default Class<Run> payloadType() {
    return Run.class;
  }
}
