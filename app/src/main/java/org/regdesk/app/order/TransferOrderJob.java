package org.regdesk.app.order;

import org.regdesk.app.customer.Customers;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.job.JobAttempt;
import org.regdesk.app.job.JobOutcome;
import org.regdesk.app.job.JobType;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.security.SecretBox;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.error.RejectedException;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.DomainStatus;
import org.regdesk.registrar.spi.operation.TransferRequest;
import org.regdesk.registrar.spi.operation.TransferState;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.Nameservers;
import org.springframework.stereotype.Component;

/**
 * Transfers the domain of a transfer order in: one transfer request with the auth code (opened from
 * its sealed column only for the call), then {@code transferStatus} with a doubling wait until the
 * transfer completes (the customer is mailed) or fails (the order fails, the customer is mailed).
 * After an unknown outcome it looks first: a domain already in the account, pending or active, is
 * this transfer.
 */
@Component
class TransferOrderJob implements JobType<OrderJob> {

  private final OrderProgress progress;
  private final OrderRequests requests;
  private final Registrars registrars;
  private final Customers customers;
  private final Domains domains;
  private final SecretBox secrets;
  private final OrderSettings settings;

  TransferOrderJob(
      OrderProgress progress,
      OrderRequests requests,
      Registrars registrars,
      Customers customers,
      Domains domains,
      SecretBox secrets,
      OrderSettings settings) {
    this.progress = progress;
    this.requests = requests;
    this.registrars = registrars;
    this.customers = customers;
    this.domains = domains;
    this.secrets = secrets;
    this.settings = settings;
  }

  @Override
  public String kind() {
    return OrderType.TRANSFER.key();
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
    if (order.submittedAt().isEmpty()) {
      order = progress.running(order, "Starting the transfer");
      boolean alreadyThere = false;
      if (attempt.previousOutcomeUnknown()) {
        try {
          DomainSnapshot found = registrar.getDomain(order.domain());
          alreadyThere =
              found.status() == DomainStatus.TRANSFER_PENDING
                  || found.status() == DomainStatus.ACTIVE;
        } catch (NotFoundException notThere) {
          alreadyThere = false;
        }
      }
      if (!alreadyThere) {
        registrar.transfer(request(order));
      }
      order = progress.submitted(order, null);
      String message = "Transfer requested; waiting for the registries";
      progress.running(order, message);
      return JobOutcome.checkAgainIn(settings.transferWait(0), message);
    }
    TransferState state = registrar.transferStatus(order.domain());
    return switch (state.progress()) {
      case COMPLETED -> {
        DomainSnapshot snapshot = registrar.getDomain(order.domain());
        String message =
            "Transferred, expires "
                + snapshot.expires().map(Object::toString).orElse("(not reported)");
        progress.done(order, snapshot, message);
        yield JobOutcome.done(message);
      }
      case FAILED ->
          throw new RejectedException(
              "The transfer of " + order.domain().unicode() + " failed",
              state.detail().orElse("registrar status " + state.registrarStatus()),
              null);
      case PENDING -> {
        String message = "Transfer pending (" + state.registrarStatus() + ")";
        progress.running(order, message);
        yield JobOutcome.checkAgainIn(settings.transferWait(attempt.number() - 1), message);
      }
    };
  }

  private TransferRequest request(Order order) {
    String sealed = progress.sealedAuthCode(order.id());
    AuthCode code = sealed == null ? null : AuthCode.of(secrets.open(sealed));
    var builder =
        TransferRequest.builder(
                order.domain(), code, requests.contacts(customers.get(order.customerId())))
            .tldFields(
                requests.tldFields(
                    order.customerId(), domains.get(order.domainId()).customFields()));
    if (!order.nameservers().isEmpty()) {
      builder.nameservers(Nameservers.of(order.nameservers().toArray(String[]::new)));
    }
    return builder.build();
  }
}
