package org.regdesk.app.mail;

import java.time.Duration;
import org.regdesk.app.config.RegdeskProperties;
import org.regdesk.app.job.JobAttempt;
import org.regdesk.app.job.JobOutcome;
import org.regdesk.app.job.RecurringJobType;
import org.springframework.stereotype.Component;

/** The recurring job that hands pending mail to the mail server. */
@Component
class SendMailJob implements RecurringJobType {

  private final MailOutbox outbox;
  private final RegdeskProperties.Mail settings;

  SendMailJob(MailOutbox outbox, RegdeskProperties properties) {
    this.outbox = outbox;
    this.settings = properties.mail();
  }

  @Override
  public String kind() {
    return "send-mail";
  }

  @Override
  public Duration interval() {
    return settings.sendInterval();
  }

  @Override
  public JobOutcome run(Run payload, JobAttempt attempt) {
    if (!outbox.sending()) {
      return JobOutcome.done("No mail server configured (spring.mail.host): mail stays queued");
    }
    int sent = outbox.sendDue();
    return JobOutcome.done(sent == 0 ? "Nothing to send" : "Sent " + sent + " mail");
  }
}
