package org.regdesk.app.domain.sync;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.regdesk.app.ConflictException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.domain.Domain;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.domain.action.OrderDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Automatic renewal: a domain flagged auto-renew in the desk gets a renew order {@code
 * regdesk.renewals.days-before} days before its expiry, once per expiry. The claim on (domain,
 * expiry) and the order are written in one transaction, so a pass that runs twice, or on two
 * instances, orders once; an order the orders feature refuses leaves no claim and is tried again on
 * the next pass (and logged).
 */
@Service
public class AutoRenewals {

  private static final Logger LOG = LoggerFactory.getLogger(AutoRenewals.class);
  private static final int PASS_LIMIT = 500;

  private final AutoRenewalRepository repository;
  private final Domains domains;
  private final ObjectProvider<OrderDesk> orders;
  private final RenewalSettings settings;
  private final TransactionTemplate transaction;
  private final Clock clock;

  AutoRenewals(
      AutoRenewalRepository repository,
      Domains domains,
      ObjectProvider<OrderDesk> orders,
      RenewalSettings settings,
      TransactionTemplate transaction,
      Clock clock) {
    this.repository = repository;
    this.domains = domains;
    this.orders = orders;
    this.settings = settings;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * Orders the renewals that are due.
   *
   * @return how many renew orders were placed
   */
  public int orderDue() {
    Optional<OrderDesk> desk = Optional.ofNullable(orders.getIfAvailable());
    LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
    List<AutoRenewalRepository.Due> due =
        repository.due(today.plusDays(settings.daysBefore()), PASS_LIMIT);
    if (due.isEmpty()) {
      return 0;
    }
    if (desk.isEmpty()) {
      LOG.warn("{} domains are due for automatic renewal but orders are not available", due.size());
      return 0;
    }
    int placed = 0;
    for (AutoRenewalRepository.Due one : due) {
      if (orderOne(desk.get(), one)) {
        placed++;
      }
    }
    return placed;
  }

  private boolean orderOne(OrderDesk desk, AutoRenewalRepository.Due due) {
    Domain domain = domains.get(due.id());
    try {
      return Boolean.TRUE.equals(
          transaction.execute(
              status -> {
                repository.insert(
                    due.id(), due.expiresOn(), null, "automatic renewal", clock.instant());
                OrderDesk.PlacedOrder order =
                    desk.renew(domain.customerId(), domain.name(), settings.years());
                LOG.info(
                    "Automatic renewal of {} (expires {}): order {}",
                    domain.name().ascii(),
                    due.expiresOn(),
                    order.id());
                return true;
              }));
    } catch (DuplicateKeyException claimedMeanwhile) {
      return false;
    } catch (ConflictException openOrder) {
      // staff or the API already ordered this renewal: claim the expiry so the pass stops asking
      transaction.executeWithoutResult(
          status ->
              repository.insert(
                  due.id(),
                  due.expiresOn(),
                  null,
                  "not ordered: " + openOrder.getMessage(),
                  clock.instant()));
      return false;
    } catch (ValidationException refused) {
      LOG.warn(
          "Automatic renewal of {} not ordered: {}", domain.name().ascii(), refused.getMessage());
      return false;
    }
  }

  /**
   * The expiries of a domain for which a renewal was ordered automatically.
   *
   * @param domainId the domain
   * @return the expiries, oldest first
   */
  public List<LocalDate> renewedExpiries(long domainId) {
    return repository.renewedExpiries(domainId);
  }
}
