package org.regdesk.app.mail;

import java.util.Map;
import org.regdesk.app.job.JobStopped;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells staff when a job stops (failed, or needs attention): one mail per {@code
 * regdesk.mail.staff} address, queued in the transaction that stops the job.
 */
@Component
class StaffNotices {

  private final MailOutbox outbox;

  StaffNotices(MailOutbox outbox) {
    this.outbox = outbox;
  }

  @EventListener
  void jobStopped(JobStopped stopped) {
    outbox.queueStaff(
        "job-failed",
        Map.of(
            "job", stopped.job(),
            "state", stopped.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
            "message", stopped.message() == null ? "" : stopped.message()));
  }
}
