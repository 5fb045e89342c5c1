package org.regdesk.app.domain.sync;

import java.time.Duration;
import org.regdesk.app.job.JobAttempt;
import org.regdesk.app.job.JobOutcome;
import org.regdesk.app.job.RecurringJobType;
import org.springframework.stereotype.Component;

/** The recurring pass that orders automatic renewals, every {@code regdesk.renewals.interval}. */
@Component
class AutoRenewJob implements RecurringJobType {

  private final AutoRenewals renewals;
  private final RenewalSettings settings;

  AutoRenewJob(AutoRenewals renewals, RenewalSettings settings) {
    this.renewals = renewals;
    this.settings = settings;
  }

  @Override
  public String kind() {
    return "auto-renew";
  }

  @Override
  public Duration interval() {
    return settings.interval();
  }

  @Override
  public JobOutcome run(Run payload, JobAttempt attempt) {
    int placed = renewals.orderDue();
    return JobOutcome.done(placed == 0 ? "No renewal due" : placed + " renew orders placed");
  }
}
