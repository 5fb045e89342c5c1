package org.regdesk.app.order;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.job.JobAttempt;
import org.regdesk.app.job.JobOutcome;
import org.regdesk.app.job.JobType;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.error.RejectedException;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.DomainStatus;
import org.regdesk.registrar.spi.operation.ProvisioningResult;
import org.regdesk.registrar.spi.operation.RegisterRequest;
import org.regdesk.registrar.spi.value.Money;
import org.regdesk.registrar.spi.value.Nameservers;
import org.regdesk.registrar.spi.value.Period;
import org.springframework.stereotype.Component;

/**
 * Registers the domain of a register order: one create (settings deferred, so the plugin makes
 * exactly one call); then this desk's {@link RegistrationFollower} looks at all the registrations
 * it sent together every {@code regdesk.orders.poll-interval}, completes this order when its domain
 * is active with an expiry and closes this job (or wakes it, if it is running); the job looks on
 * its own only every ten poll intervals, or when woken for a refused registration. After an unknown
 * outcome it looks the domain up first: a domain in the account registered recently is this
 * order's, and is never created again.
 */
@Component
class RegisterOrderJob implements JobType<OrderJob> {

  private final OrderProgress progress;
  private final OrderRequests requests;
  private final Registrars registrars;
  private final Customers customers;
  private final Domains domains;
  private final OrderSettings settings;
  private final Clock clock;
  private final RegistrationFollower follower;

  RegisterOrderJob(
      OrderProgress progress,
      OrderRequests requests,
      Registrars registrars,
      Customers customers,
      Domains domains,
      OrderSettings settings,
      Clock clock,
      RegistrationFollower follower) {
    this.progress = progress;
    this.requests = requests;
    this.registrars = registrars;
    this.customers = customers;
    this.domains = domains;
    this.settings = settings;
    this.clock = clock;
    this.follower = follower;
  }

  @Override
  public String kind() {
    return OrderType.REGISTER.key();
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
      order = progress.running(order, "Registering");
      if (attempt.previousOutcomeUnknown()) {
        Optional<DomainSnapshot> found = lookUp(registrar, order);
        if (found.isPresent()) {
          order = progress.submitted(order, found.get());
          return follow(order, found.get());
        }
      }
      ProvisioningResult result = registrar.register(request(order));
      order = progress.submitted(order, result.domain());
      return follow(order, result.domain());
    }
    // its own look: the status read is all it needs (getDomain would read contacts and name
    // servers too)
    DomainSnapshot now = registrar.getDomains(List.of(order.domain())).get(order.domain());
    if (now == null) {
      throw NotFoundException.domain(order.domain(), null);
    }
    return follow(order, now);
  }

  /** Whether the registry has taken a registration: the domain active, with an expiry. */
  static boolean registered(DomainSnapshot snapshot) {
    return snapshot.status() == DomainStatus.ACTIVE && snapshot.expires().isPresent();
  }

  /** What a registration's order says once done, whoever saw the domain registered. */
  static String registeredMessage(DomainSnapshot snapshot) {
    return "Registered, active, expires " + snapshot.expires().orElseThrow();
  }

  /**
   * Done when active with an expiry; refused by the registry: failed; else followed by this desk
   * and looked at again later.
   */
  private JobOutcome follow(Order order, DomainSnapshot snapshot) throws RegistrarException {
    if (registered(snapshot)) {
      String message = registeredMessage(snapshot);
      if (!progress.done(order, snapshot, message)) {
        // closed meanwhile by the desk that follows it
        return JobOutcome.done(progress.order(order.id()).message());
      }
      return JobOutcome.done(message);
    }
    if (snapshot.status() == DomainStatus.REGISTRATION_FAILED) {
      throw new RejectedException(
          "The registry refused the registration of " + order.domain().unicode(),
          "registrar status " + snapshot.registrarStatus(),
          null);
    }
    String message = "Waiting for the registry to activate it (" + snapshot.registrarStatus() + ")";
    progress.running(order, message);
    // this desk looks at every registration it follows together, closes this job when its domain
    // is active and wakes it when refused; this job's own look is the fallback
    follower.follow(order);
    return JobOutcome.checkAgainIn(settings.ownLookInterval(), message);
  }

  /**
   * After an unknown outcome: the domain in the account, registered recently, is this order's. One
   * in the account for longer was never this order's: staff must look.
   */
  private Optional<DomainSnapshot> lookUp(Registrar registrar, Order order)
      throws RegistrarException {
    DomainSnapshot found;
    try {
      found = registrar.getDomain(order.domain());
    } catch (NotFoundException notThere) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
    LocalDate recent = today.minusDays(Math.max(1, settings.recentRegistration().toDays()));
    boolean ours =
        found.status() == DomainStatus.REGISTRATION_PENDING
            || found.created().map(created -> !created.isBefore(recent)).orElse(true);
    if (!ours) {
      throw new RejectedException(
          order.domain().unicode() + " was already in the registrar account",
          "registered on " + found.created().map(LocalDate::toString).orElse("an unknown day"),
          null);
    }
    return Optional.of(found);
  }

  private RegisterRequest request(Order order) {
    var builder =
        RegisterRequest.builder(
                order.domain(),
                Period.ofYears(order.years()),
                requests.contacts(customers.get(order.customerId())))
            .tldFields(
                requests.tldFields(
                    order.customerId(), domains.get(order.domainId()).customFields()))
            .deferSettings();
    if (!order.nameservers().isEmpty()) {
      builder.nameservers(Nameservers.of(order.nameservers().toArray(String[]::new)));
    }
    order
        .premiumPrice()
        .ifPresent(
            price -> builder.acceptPremiumPrice(Money.of(price, Money.currency(order.currency()))));
    return builder.build();
  }
}
