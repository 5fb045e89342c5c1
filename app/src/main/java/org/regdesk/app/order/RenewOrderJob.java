package org.regdesk.app.order;

import java.time.LocalDate;
import org.regdesk.app.job.JobAttempt;
import org.regdesk.app.job.JobOutcome;
import org.regdesk.app.job.JobType;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.ProvisioningResult;
import org.regdesk.registrar.spi.operation.RenewRequest;
import org.regdesk.registrar.spi.value.Period;
import org.springframework.stereotype.Component;

/**
 * Renews the domain of a renew order, guarded by the expiry the order captured: the registrar
 * refuses a renewal whose guard is not the current expiry, so a renewal can never happen twice.
 * After an unknown outcome it looks first: an expiry one period past the guard is this renewal.
 */
@Component
class RenewOrderJob implements JobType<OrderJob> {

  private final OrderProgress progress;
  private final Registrars registrars;

  RenewOrderJob(OrderProgress progress, Registrars registrars) {
    this.progress = progress;
    this.registrars = registrars;
  }

  @Override
  public String kind() {
    return OrderType.RENEW.key();
  }

  @Override
  public Class<OrderJob> payloadType() {
    return OrderJob.class;
  }

  @Override
  public JobOutcome run(OrderJob payload, JobAttempt attempt) throws RegistrarException {
    Order order = progress.order(payload.orderId());
    if (order.status() == OrderStatus.DONE) {
      return JobOutcome.done(order.message());
    }
    Registrar registrar = registrars.registrar(order.plugin());
    order = progress.running(order, "Renewing");
    LocalDate guard = order.expiryGuard().orElseThrow();
    Period period = Period.ofYears(order.years());
    if (attempt.previousOutcomeUnknown()) {
      DomainSnapshot found = registrar.getDomain(order.domain());
      if (found.expires().filter(period.addTo(guard)::equals).isPresent()) {
        return finish(order, found);
      }
    }
    ProvisioningResult result = registrar.renew(new RenewRequest(order.domain(), period, guard));
    return finish(order, result.domain());
  }

  private JobOutcome finish(Order order, DomainSnapshot snapshot) {
    String message =
        "Renewed, expires " + snapshot.expires().map(Object::toString).orElse("(not reported)");
    progress.done(order, snapshot, message);
    return JobOutcome.done(message);
  }
}
