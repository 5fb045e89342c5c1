package org.regdesk.app.order;

import java.util.Set;
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
 * so running them again is harmless; a registration never waits for them.
 */
@Component
class RegistrationSettingsJob implements JobType<OrderJob> {

  private final OrderProgress progress;
  private final Registrars registrars;

  RegistrationSettingsJob(OrderProgress progress, Registrars registrars) {
    this.progress = progress;
    this.registrars = registrars;
  }

  @Override
  public String kind() {
    return "register-settings";
  }

  @Override
  public Class<OrderJob> payloadType() {
    return OrderJob.class;
  }

  @Override
  public JobOutcome run(OrderJob payload, JobAttempt attempt) throws RegistrarException {
    Order order = progress.order(payload.orderId());
    Registrar registrar = registrars.registrar(order.plugin());
    Set<Capability> can = registrars.capabilities(order.plugin(), order.domain().tld());
    StringBuilder applied = new StringBuilder();
    if (can.contains(Capability.RENEWAL_MODE)) {
      registrar.setRenewalMode(order.domain(), RenewalMode.MANUAL);
      applied.append("renewal mode manual");
    }
    if (can.contains(Capability.PRIVACY)) {
      registrar.setPrivacy(order.domain(), false);
      applied.append(applied.isEmpty() ? "" : ", ").append("ID protection off");
    }
    return JobOutcome.done(applied.isEmpty() ? "Nothing to apply" : "Applied " + applied);
  }
}
