package org.regdesk.app.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.regdesk.app.job.JobAttempt;
import org.regdesk.app.job.JobOutcome;
import org.regdesk.app.job.RecurringJobType;
import org.springframework.stereotype.Component;

/**
 * Adopts the registrations no desk follows any more, every {@code regdesk.orders.poll-interval}:
 * each desk follows the registrations it sent ({@link RegistrationFollower}) and renews its lease
 * on them at every look; a registration whose lease ran out (its desk stopped or was killed), or
 * that never had one long after it was sent, is taken over by the desk this job runs on. Runs on
 * one desk at a time, like every job; costs one query when every registration is followed.
 */
@Component
class RegistrationWatchJob implements RecurringJobType {

  private final OrderRepository orders;
  private final RegistrationFollower follower;
  private final OrderSettings settings;
  private final Clock clock;

  RegistrationWatchJob(
      OrderRepository orders, RegistrationFollower follower, OrderSettings settings, Clock clock) {
    this.orders = orders;
    this.follower = follower;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public String kind() {
    return "registration-watch";
  }

  @Override
  public Duration interval() {
    return settings.pollInterval();
  }

  @Override
  public JobOutcome run(Run payload, JobAttempt attempt) {
    Instant now = clock.instant();
    List<Order> unfollowed =
        orders.unfollowedRegistrations(
            now, now.minus(settings.followLease()), RegistrationFollower.BATCH);
    if (unfollowed.isEmpty()) {
      return JobOutcome.done("Every registration waiting for the registry is followed");
    }
    follower.adopt(unfollowed);
    return JobOutcome.done(
        "Adopted "
            + unfollowed.size()
            + " registrations waiting for the registry that no desk was following");
  }
}
