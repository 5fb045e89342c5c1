package org.regdesk.app.order;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regdesk.app.job.JobAttempt;
import org.regdesk.app.job.JobOutcome;
import org.regdesk.app.job.Jobs;
import org.regdesk.app.job.RecurringJobType;
import org.regdesk.app.registrar.RegistrarFlags;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.DomainStatus;
import org.regdesk.registrar.spi.value.DomainName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks at every registration waiting for the registry together, every {@code
 * regdesk.orders.poll-interval}: one {@link Registrar#getDomains} call per plugin instead of a look
 * per order, so that job threads spend their registrar calls on creating domains. A registration
 * now active with an expiry is completed here, its job closed without running again; a refused one
 * only wakes its job, which looks itself and fails the order with the registry's answer through the
 * usual retry policy. Nothing waiting: no registrar call at all.
 *
 * <p>Whatever this misses (a plugin whose look fails, a crash between the look and the wake), each
 * registration's own job settles at its own, slower, pace.
 */
@Component
class RegistrationWatchJob implements RecurringJobType {

  /** The most registrations one run looks at: {@link Registrar#MAX_LOOKUP}. */
  static final int BATCH = Registrar.MAX_LOOKUP;

  /** Active registrations closed in one transaction. */
  static final int PER_TRANSACTION = 100;

  private static final Logger LOG = LoggerFactory.getLogger(RegistrationWatchJob.class);

  private final OrderRepository orders;
  private final OrderProgress progress;
  private final Registrars registrars;
  private final RegistrarFlags flags;
  private final Jobs jobs;
  private final OrderSettings settings;
  private final TransactionTemplate transaction;

  RegistrationWatchJob(
      OrderRepository orders,
      OrderProgress progress,
      Registrars registrars,
      RegistrarFlags flags,
      @Lazy Jobs jobs,
      OrderSettings settings,
      PlatformTransactionManager transactions) {
    this.orders = orders;
    this.progress = progress;
    this.registrars = registrars;
    this.flags = flags;
    this.jobs = jobs;
    this.settings = settings;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Override
  public String kind() {
    return "registration-watch";
  }

  @Override
  public Duration interval() {
    return settings.pollInterval();
  }

  /**
   * Makes sure the common look comes within one poll interval of a registration being sent (it
   * usually does anyway; this matters after the desk's clock or the job's schedule changed).
   *
   * @param now the desk's time
   */
  void lookWithinAPollInterval(Instant now) {
    try {
      jobs.runNoLaterThan(kind(), KEY, now.plus(settings.pollInterval()));
    } catch (RuntimeException notMoved) {
      // the registration stands either way: the common look comes at its own time
      LOG.warn("Could not bring the look at waiting registrations forward", notMoved);
    }
  }

  @Override
  public JobOutcome run(Run payload, JobAttempt attempt) {
    Map<String, List<Order>> byPlugin = new LinkedHashMap<>();
    for (Order order : orders.waitingRegistrations(BATCH)) {
      byPlugin.computeIfAbsent(order.plugin(), plugin -> new ArrayList<>()).add(order);
    }
    if (byPlugin.isEmpty()) {
      return JobOutcome.done("No registration is waiting for the registry");
    }
    int active = 0;
    int refused = 0;
    int waiting = 0;
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, List<Order>> plugin : byPlugin.entrySet()) {
      List<Order> waitingOrders = plugin.getValue();
      if (flags.find(plugin.getKey()).isPresent()) {
        waiting += waitingOrders.size();
        continue;
      }
      Map<DomainName, DomainSnapshot> found;
      try {
        found =
            registrars
                .registrar(plugin.getKey())
                .getDomains(waitingOrders.stream().map(Order::domain).toList());
      } catch (RegistrarException | RuntimeException failed) {
        // each registration's own job looks later and meets the failure through the retry policy
        LOG.warn("Looking at waiting registrations of {} failed", plugin.getKey(), failed);
        problems.add(plugin.getKey() + ": " + failed.getMessage());
        waiting += waitingOrders.size();
        continue;
      }
      List<Active> nowActive = new ArrayList<>();
      for (Order order : waitingOrders) {
        DomainSnapshot snapshot = found.get(order.domain());
        if (snapshot != null
            && snapshot.status() == DomainStatus.ACTIVE
            && snapshot.expires().isPresent()) {
          nowActive.add(new Active(order, snapshot));
          active++;
        } else if (snapshot != null && snapshot.status() == DomainStatus.REGISTRATION_FAILED) {
          jobs.wake(OrderType.REGISTER.key(), order.jobKey());
          refused++;
        } else {
          waiting++;
        }
      }
      complete(nowActive);
    }
    String message =
        "Looked at "
            + (active + refused + waiting)
            + " waiting registrations: "
            + active
            + " active, "
            + refused
            + " refused by the registry, "
            + waiting
            + " still waiting"
            + (problems.isEmpty() ? "" : "; look failed for " + String.join("; ", problems));
    return JobOutcome.done(message);
  }

  private record Active(Order order, DomainSnapshot snapshot) {

    String message() {
      return "Registered, active, expires " + snapshot.expires().orElseThrow();
    }
  }

  /**
   * Closes the orders now active and their jobs, {@value #PER_TRANSACTION} to a transaction (a
   * commit each made the watch the slowest step of a burst of registrations); a batch that fails is
   * done again one order at a time, so one bad order cannot hold back the others.
   */
  private void complete(List<Active> nowActive) {
    for (int from = 0; from < nowActive.size(); from += PER_TRANSACTION) {
      List<Active> batch =
          nowActive.subList(from, Math.min(nowActive.size(), from + PER_TRANSACTION));
      List<Order> toWake = new ArrayList<>();
      try {
        transaction.executeWithoutResult(
            status -> {
              toWake.clear();
              for (Active each : batch) {
                close(each, toWake);
              }
            });
      } catch (RuntimeException batchFailed) {
        LOG.warn("Closing {} active registrations together failed; one by one", batch.size());
        toWake.clear();
        for (Active each : batch) {
          try {
            transaction.executeWithoutResult(status -> close(each, toWake));
          } catch (RuntimeException failed) {
            // its own job looks later and closes it
            LOG.warn("Closing the registration of {} failed", each.order().domain(), failed);
          }
        }
      }
      for (Order order : toWake) {
        // it is running (its own look) or changed meanwhile: woken, it sees the order done
        jobs.wake(OrderType.REGISTER.key(), order.jobKey());
      }
    }
  }

  private void close(Active each, List<Order> toWake) {
    progress.done(each.order(), each.snapshot(), each.message());
    if (!jobs.complete(OrderType.REGISTER.key(), each.order().jobKey(), each.message())) {
      toWake.add(each.order());
    }
  }
}
