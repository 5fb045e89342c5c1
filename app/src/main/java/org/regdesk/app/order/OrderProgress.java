package org.regdesk.app.order;

import java.time.Clock;
import java.time.Instant;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.domain.Domain;
import org.regdesk.app.domain.DomainState;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.job.JobOptions;
import org.regdesk.app.job.JobState;
import org.regdesk.app.job.JobStopped;
import org.regdesk.app.job.Jobs;
import org.regdesk.app.mail.MailOutbox;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an order's job writes as it goes: running, sent (the registrar took the request), done with
 * the registrar's view of the domain, or failed when the engine stops the job. Each step commits on
 * its own, so what the registrar did is recorded as soon as it is known.
 */
@Component
class OrderProgress {

  private final OrderRepository orders;
  private final Domains domains;
  private final Customers customers;
  private final MailOutbox mail;
  private final Jobs jobs;
  private final RegistrationSettingsJob settingsJob;
  private final TransactionTemplate transaction;
  private final Clock clock;

  OrderProgress(
      OrderRepository orders,
      Domains domains,
      Customers customers,
      MailOutbox mail,
      @Lazy Jobs jobs,
      @Lazy RegistrationSettingsJob settingsJob,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.orders = orders;
    this.domains = domains;
    this.customers = customers;
    this.mail = mail;
    this.jobs = jobs;
    this.settingsJob = settingsJob;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  Order order(long id) {
    return orders.find(id).orElseThrow(() -> new IllegalStateException("no order " + id));
  }

  String sealedAuthCode(long id) {
    return orders.sealedAuthCode(id).orElse(null);
  }

  /** The job works on the order now. */
  Order running(Order order, String message) {
    transaction.executeWithoutResult(
        s -> orders.updateStatus(order.id(), OrderStatus.RUNNING, message, clock.instant()));
    return order(order.id());
  }

  /** The registrar took the request (or was found to have taken it): never send it again. */
  Order submitted(Order order, DomainSnapshot snapshot) {
    transaction.executeWithoutResult(
        s -> {
          Instant now = clock.instant();
          orders.markSubmitted(order.id(), now);
          if (snapshot != null) {
            domains.applySnapshot(domains.get(order.domainId()), snapshot, now);
          }
        });
    return order(order.id());
  }

  /**
   * The order is done: the registrar's view stored on the domain, the order closed, and for a
   * registration the follow-up job that applies renewal mode and privacy, for a transfer the mail
   * to the customer. Exactly once: an order already done (closed meanwhile by a desk's look or its
   * own job) is left as it is.
   *
   * @return whether this call closed the order
   */
  boolean done(Order order, DomainSnapshot snapshot, String message) {
    return Boolean.TRUE.equals(
        transaction.execute(
            s -> {
              Instant now = clock.instant();
              if (!orders.close(order.id(), message, now)) {
                return false;
              }
              orders.markSubmitted(order.id(), now);
              Domain domain = domains.applySnapshot(domains.get(order.domainId()), snapshot, now);
              if (domain.state() != DomainState.ACTIVE
                  && domain.state().canBecome(DomainState.ACTIVE)) {
                domains.transition(domain.id(), DomainState.ACTIVE);
              }
              if (order.type() == OrderType.REGISTER) {
                jobs.enqueue(
                    settingsJob,
                    order.domain().ascii() + ":" + order.id(),
                    new OrderJob(order.id()),
                    JobOptions.forPlugin(order.plugin()));
              }
              if (order.type() == OrderType.TRANSFER) {
                mail.queueTransferOutcome(
                    customers.get(order.customerId()).email().value(),
                    order.domain().unicode(),
                    true,
                    null);
              }
              return true;
            }));
  }

  /**
   * A job of an order stopped (rejected, gave up, broke): the order fails with the job's message, a
   * pending domain shows the failure, and a transfer's customer is told. Runs in the transaction
   * that stops the job.
   *
   * @param stopped the event
   */
  @EventListener
  public void onJobStopped(JobStopped stopped) {
    if (stopped.state() != JobState.FAILED && stopped.state() != JobState.NEEDS_ATTENTION) {
      return;
    }
    OrderType type = OrderType.parse(stopped.job().kind()).orElse(null);
    if (type == null || !stopped.job().kind().equals(type.key())) {
      return;
    }
    orders
        .findByJob(type, stopped.job().key())
        .filter(order -> order.status().isOpen())
        .ifPresent(order -> fail(order, stopped.message()));
  }

  private void fail(Order order, String message) {
    Instant now = clock.instant();
    orders.updateStatus(order.id(), OrderStatus.FAILED, message, now);
    Domain domain = domains.get(order.domainId());
    if (order.type() == OrderType.REGISTER && domain.state() == DomainState.PENDING_REGISTRATION) {
      domains.transition(domain.id(), DomainState.REGISTRATION_FAILED);
    }
    if (order.type() == OrderType.TRANSFER) {
      if (domain.state() == DomainState.PENDING_TRANSFER) {
        domains.transition(domain.id(), DomainState.TRANSFER_FAILED);
      }
      mail.queueTransferOutcome(
          customers.get(order.customerId()).email().value(),
          order.domain().unicode(),
          false,
          message);
    }
  }
}
