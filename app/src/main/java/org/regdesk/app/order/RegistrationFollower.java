package org.regdesk.app.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.regdesk.app.job.Jobs;
import org.regdesk.app.registrar.RegistrarFlags;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.DomainStatus;
import org.regdesk.registrar.spi.value.DomainName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follows the registrations this desk sent until the registry answers: every {@code
 * regdesk.orders.poll-interval} it looks at all of them together, one {@link Registrar#getDomains}
 * call per plugin instead of a look per order, so that job threads spend their registrar calls on
 * creating domains. A registration now active with an expiry is completed here and its job closed
 * without running again; a refused one only wakes its job, which looks itself and fails the order
 * with the registry's answer through the usual retry policy. Nothing followed: no registrar call.
 *
 * <p>Each desk follows what it sent, so with several desks on one database the work of closing
 * orders is spread as the registrations are. A desk holds a lease on what it follows ({@code
 * orders.followed_until}, renewed before it runs out); {@link RegistrationWatchJob} adopts
 * registrations whose lease ran out (their desk stopped). Whatever both miss, each registration's
 * own job settles at its own, slower, pace.
 */
@Component
class RegistrationFollower implements SmartLifecycle {

  /** The most registrations one look asks about: {@link Registrar#MAX_LOOKUP}. */
  static final int BATCH = Registrar.MAX_LOOKUP;

  /** Active registrations closed in one transaction. */
  static final int PER_TRANSACTION = 100;

  /** How often the follower's thread asks whether a look is due. */
  private static final Duration TICK = Duration.ofMillis(250);

  private static final Logger LOG = LoggerFactory.getLogger(RegistrationFollower.class);

  private final OrderRepository orders;
  private final OrderProgress progress;
  private final Registrars registrars;
  private final RegistrarFlags flags;
  private final Jobs jobs;
  private final OrderSettings settings;
  private final Clock clock;
  private final TransactionTemplate transaction;

  /** The orders followed, each with the end of the lease this desk last wrote for it. */
  private final Map<Long, Instant> followed = new ConcurrentHashMap<>();

  private volatile ScheduledExecutorService looks;
  private final AtomicReference<Instant> nextLook = new AtomicReference<>(Instant.MIN);

  RegistrationFollower(
      OrderRepository orders,
      OrderProgress progress,
      Registrars registrars,
      RegistrarFlags flags,
      @Lazy Jobs jobs,
      OrderSettings settings,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.orders = orders;
    this.progress = progress;
    this.registrars = registrars;
    this.flags = flags;
    this.jobs = jobs;
    this.settings = settings;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Follows a registration this desk sent (or adopted) from its next look on.
   *
   * @param order the order, sent and waiting for the registry
   */
  void follow(Order order) {
    followed.putIfAbsent(order.id(), Instant.MIN);
    // looked at within a poll interval of now, whatever the clock did since the last look
    Instant latest = clock.instant().plus(settings.pollInterval());
    nextLook.accumulateAndGet(latest, (planned, at) -> planned.isAfter(at) ? at : planned);
  }

  /**
   * Adopts registrations no desk follows: takes their lease at once, so that no other desk adopts
   * them too, and follows them from the next look on.
   *
   * @param adopted the orders
   */
  void adopt(List<Order> adopted) {
    if (adopted.isEmpty()) {
      return;
    }
    Instant until = clock.instant().plus(settings.followLease());
    orders.follow(adopted.stream().map(Order::id).toList(), until);
    adopted.forEach(
        order -> {
          follow(order);
          followed.put(order.id(), until);
        });
  }

  @Override
  public synchronized void start() {
    if (looks == null) {
      looks =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                Thread thread = new Thread(task, "registration-follower");
                thread.setDaemon(true);
                return thread;
              });
      nextLook.set(clock.instant().plus(settings.pollInterval()));
      // the desk's clock says when a look is due (as it does for jobs); the thread only asks often
      long tick = Math.min(settings.pollInterval().toMillis(), TICK.toMillis());
      looks.scheduleWithFixedDelay(this::lookWhenDue, tick, tick, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public synchronized void stop() {
    if (looks != null) {
      looks.shutdownNow();
      try {
        looks.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      looks = null;
    }
  }

  @Override
  public boolean isRunning() {
    return looks != null;
  }

  @Override
  public int getPhase() {
    // stop with the job scheduler, before the web server and the data source go away
    return Integer.MAX_VALUE - 1000;
  }

  /**
   * Looks every poll interval when anything is followed (at once after a look that took longer).
   */
  private void lookWhenDue() {
    Instant now = clock.instant();
    Instant due = nextLook.get();
    if (now.isBefore(due) && !due.isAfter(now.plus(settings.pollInterval()))) {
      return; // not yet due (a look due further ahead than that means the clock went back)
    }
    try {
      if (!followed.isEmpty()) {
        look();
      }
    } catch (RuntimeException failed) {
      // the next look tries again; the lease runs out if this keeps failing, and another desk
      // adopts
      LOG.warn("Looking at the registrations this desk follows failed", failed);
    } finally {
      // counted from this look's start: a registration the registry activates while a look is on
      // its way is seen by the next look, one poll interval after this one began
      nextLook.set(now.plus(settings.pollInterval()));
    }
  }

  /** One look at everything followed: drops what ended elsewhere, closes what the registry took. */
  void look() {
    List<Long> ids = new ArrayList<>(followed.keySet());
    for (int from = 0; from < ids.size(); from += BATCH) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
      List<Order> waiting = orders.waitingRegistrations(chunk);
      Set<Long> stillWaiting = new HashSet<>();
      waiting.forEach(order -> stillWaiting.add(order.id()));
      chunk.stream().filter(id -> !stillWaiting.contains(id)).forEach(followed::remove);
      if (waiting.isEmpty()) {
        continue;
      }
      renewLeases(stillWaiting);
      for (Order settled : settle(waiting)) {
        followed.remove(settled.id());
      }
    }
  }

  /**
   * Takes the lease of newly followed registrations and renews those past half their lease, in one
   * statement: a write to every followed order at every look would hold their rows' locks against
   * the jobs and desks working on them.
   */
  private void renewLeases(Set<Long> stillWaiting) {
    Instant now = clock.instant();
    Instant halfway = now.plus(settings.followLease().dividedBy(2));
    List<Long> due =
        stillWaiting.stream()
            .filter(id -> followed.getOrDefault(id, Instant.MIN).isBefore(halfway))
            .toList();
    if (due.isEmpty()) {
      return;
    }
    Instant until = now.plus(settings.followLease());
    orders.follow(due, until);
    due.forEach(id -> followed.replace(id, until));
  }

  /**
   * Looks at some waiting registrations together, per plugin: completes the active ones, wakes the
   * jobs of the refused ones.
   *
   * @return the orders settled (completed or handed back to their job)
   */
  private List<Order> settle(List<Order> waiting) {
    Map<String, List<Order>> byPlugin = new LinkedHashMap<>();
    for (Order order : waiting) {
      byPlugin.computeIfAbsent(order.plugin(), plugin -> new ArrayList<>()).add(order);
    }
    List<Order> settled = new ArrayList<>();
    for (Map.Entry<String, List<Order>> plugin : byPlugin.entrySet()) {
      if (flags.find(plugin.getKey()).isPresent()) {
        continue; // its settings need staff first
      }
      List<Order> ofPlugin = plugin.getValue();
      Map<DomainName, DomainSnapshot> found;
      try {
        found =
            registrars
                .registrar(plugin.getKey())
                .getDomains(ofPlugin.stream().map(Order::domain).toList());
      } catch (RegistrarException | RuntimeException failed) {
        // looked at again next time; each registration's own job meets a lasting failure through
        // the retry policy
        LOG.warn("Looking at waiting registrations of {} failed", plugin.getKey(), failed);
        continue;
      }
      List<Active> nowActive = new ArrayList<>();
      for (Order order : ofPlugin) {
        DomainSnapshot snapshot = found.get(order.domain());
        if (snapshot != null && RegisterOrderJob.registered(snapshot)) {
          nowActive.add(new Active(order, snapshot));
        } else if (snapshot != null && snapshot.status() == DomainStatus.REGISTRATION_FAILED) {
          jobs.wake(OrderType.REGISTER.key(), order.jobKey());
          settled.add(order);
        }
      }
      settled.addAll(complete(nowActive));
    }
    return settled;
  }

  private record Active(Order order, DomainSnapshot snapshot) {

    String message() {
      return RegisterOrderJob.registeredMessage(snapshot);
    }
  }

  /**
   * Closes the orders now active and their jobs, {@value #PER_TRANSACTION} to a transaction (a
   * commit each made this the slowest step of a burst of registrations); a batch that fails is done
   * again one order at a time, so one bad order cannot hold back the others.
   *
   * @return the orders closed (here, or meanwhile elsewhere)
   */
  private List<Order> complete(List<Active> nowActive) {
    List<Order> closed = new ArrayList<>();
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
        batch.forEach(each -> closed.add(each.order()));
      } catch (RuntimeException batchFailed) {
        LOG.warn("Closing {} active registrations together failed; one by one", batch.size());
        toWake.clear();
        for (Active each : batch) {
          try {
            transaction.executeWithoutResult(status -> close(each, toWake));
            closed.add(each.order());
          } catch (RuntimeException failed) {
            // looked at again next time; its own job looks later too
            LOG.warn("Closing the registration of {} failed", each.order().domain(), failed);
          }
        }
      }
      for (Order order : toWake) {
        // it is running (its own look) or changed meanwhile: woken, it sees the order done
        jobs.wake(OrderType.REGISTER.key(), order.jobKey());
      }
    }
    return closed;
  }

  private void close(Active each, List<Order> toWake) {
    if (!progress.done(each.order(), each.snapshot(), each.message())) {
      return; // closed meanwhile by another desk or by its own job
    }
    if (!jobs.complete(OrderType.REGISTER.key(), each.order().jobKey(), each.message())) {
      toWake.add(each.order());
    }
  }
}
