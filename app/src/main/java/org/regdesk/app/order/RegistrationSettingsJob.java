package org.regdesk.app.order;

import java.util.Optional;
import java.util.Set;
import org.regdesk.app.domain.Domain;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.job.JobAttempt;
import org.regdesk.app.job.JobOutcome;
import org.regdesk.app.job.JobType;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.value.RenewalMode;
import org.springframework.stereotype.Component;

/**
 * The follow-up of a registration, queued when it is active: the desk's renewal mode ({@code
 * MANUAL}: the desk bills renewals itself) and ID protection off. Both are settings, not charges,
 * so running them again is harmless; a registration never waits for them, and they run at low
 * priority, after the registrations that are due.
 */
@Component
class RegistrationSettingsJob implements JobType<OrderJob> {

  private final OrderProgress progress;
  private final Registrars registrars;
  private final Domains domains;

  RegistrationSettingsJob(OrderProgress progress, Registrars registrars, Domains domains) {
    this.progress = progress;
    this.registrars = registrars;
    this.domains = domains;
  }

  @Override
  public String kind() {
    return "register-settings";
  }

  @Override
  public Class<OrderJob> payloadType() {
    return OrderJob.class;
  }

  /** Nobody waits for it: registrations waiting for a job thread go first. */
  @Override
  public int priority() {
    return LOW_PRIORITY;
  }

  @Override
  public JobOutcome run(OrderJob payload, JobAttempt attempt) throws RegistrarException {
    Order order = progress.order(payload.orderId());
    Registrar registrar = registrars.registrar(order.plugin());
    Set<Capability> can = registrars.capabilities(order.plugin(), order.domain().tld());
    // what the registrar reported when the registration became active (stored on the domain):
    // a call only for what differs, so most registrations need one update, not two
    Domain domain = domains.get(order.domainId());
    StringBuilder applied = new StringBuilder();
    if (can.contains(Capability.RENEWAL_MODE)
        && !domain.renewalMode().equals(Optional.of(RenewalMode.MANUAL))) {
      registrar.setRenewalMode(order.domain(), RenewalMode.MANUAL);
      applied.append("renewal mode manual");
    }
    if (can.contains(Capability.PRIVACY) && !domain.privacy().equals(Optional.of(false))) {
      registrar.setPrivacy(order.domain(), false);
      applied.append(applied.isEmpty() ? "" : ", ").append("ID protection off");
    }
    return JobOutcome.done(
        applied.isEmpty()
            ? "Nothing to apply: the registrar already has it"
            : "Applied " + applied);
  }
}
