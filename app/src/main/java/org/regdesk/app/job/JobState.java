package org.regdesk.app.job;

/** Where a job stands, as staff see it on {@code /admin/jobs}. */
public enum JobState {
  /** Waiting for its first run (or its next run, for a recurring job). */
  PENDING,
  /** An instance is running it now. */
  RUNNING,
  /** The last attempt failed in a way that may pass; the next attempt is at {@code nextRunAt}. */
  RETRYING,
  /** Not run while its registrar plugin's settings are flagged; looks at the flag again later. */
  WAITING,
  /** Finished. */
  DONE,
  /** Given up after its attempts ran out, or broke: the last message says why. */
  FAILED,
  /** Stopped on an answer staff must act on (rejected, invalid input, funds, credentials). */
  NEEDS_ATTENTION,
  /** Put aside by staff; never runs again unless retried. */
  DISMISSED;

  /**
   * Whether the job will run again by itself.
   *
   * @return true for pending, running, retrying and waiting jobs
   */
  public boolean isActive() {
    return this == PENDING || this == RUNNING || this == RETRYING || this == WAITING;
  }

  /**
   * Whether staff may run it again with Retry now.
   *
   * @return true for failed, needs-attention, retrying, waiting and dismissed jobs
   */
  public boolean isRetryable() {
    return this == FAILED
        || this == NEEDS_ATTENTION
        || this == RETRYING
        || this == WAITING
        || this == DISMISSED;
  }
}
