package org.regdesk.registrar.dondominio.availability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.regdesk.dondominio.client.domain.DomainCheckRequest;
import org.regdesk.dondominio.client.domain.DomainCheckResponse;
import org.regdesk.registrar.dondominio.call.ApiGateway;
import org.regdesk.registrar.dondominio.tld.ZoneCatalogue;
import org.regdesk.registrar.spi.error.AuthenticationFailedException;
import org.regdesk.registrar.spi.error.InvalidInputException;
import org.regdesk.registrar.spi.error.NotSupportedException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.error.RejectedException;
import org.regdesk.registrar.spi.operation.Availability;
import org.regdesk.registrar.spi.operation.AvailabilityResult;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Money;

/**
 * Checks many names although {@code domain/check} takes one: names under TLDs DonDominio does not
 * sell are answered without a call, recent answers come from the {@link AvailabilityCache}, and the
 * rest are checked a few at a time on the registrar's own small thread pool, which bounds the
 * parallel checks of many-name searches across all callers. A check of one name (an order being
 * placed) runs on the caller's thread, bounded by the caller's own concurrency, so order placement
 * is not queued behind searches.
 */
public final class AvailabilityChecker implements AutoCloseable {

  /** How many names are checked at the same time by default. */
  public static final int DEFAULT_CONCURRENCY = 4;

  private final ApiGateway gateway;
  private final ZoneCatalogue zones;
  private final AvailabilityCache cache;
  private final ExecutorService pool;

  /**
   * A checker with its own pool of {@code concurrency} threads.
   *
   * @param gateway the audited API
   * @param zones the TLDs DonDominio sells
   * @param cache recent answers
   * @param concurrency how many checks may run at once
   */
  public AvailabilityChecker(
      ApiGateway gateway, ZoneCatalogue zones, AvailabilityCache cache, int concurrency) {
    this.gateway = gateway;
    this.zones = zones;
    this.cache = cache;
    this.pool = Executors.newFixedThreadPool(concurrency, daemonThreads());
  }

  /**
   * Checks names: one answer per distinct name, in the order given.
   *
   * @param names the names
   * @return the answers
   * @throws AuthenticationFailedException if DonDominio refused the credentials for every check
   * @throws InvalidInputException if no name is given
   */
  public List<AvailabilityResult> check(List<DomainName> names) throws RegistrarException {
    if (names == null || names.isEmpty() || names.stream().anyMatch(Objects::isNull)) {
      throw InvalidInputException.of("names", "at least one domain name is required");
    }
    List<DomainName> distinct = new ArrayList<>(new LinkedHashSet<>(names));
    Map<DomainName, AvailabilityResult> answers = new ConcurrentHashMap<>();
    List<DomainName> toCheck = new ArrayList<>();
    for (DomainName name : distinct) {
      if (!zones.sells(name.tld())) {
        answers.put(name, AvailabilityResult.of(name, Availability.TLD_UNSUPPORTED));
        continue;
      }
      Optional<AvailabilityResult> cached = cache.get(name);
      if (cached.isPresent()) {
        answers.put(name, cached.get());
        continue;
      }
      toCheck.add(name);
    }
    Map<DomainName, Future<Outcome>> pending = new LinkedHashMap<>();
    for (DomainName name : toCheck) {
      // a single name (an order being placed) is checked on the caller's thread like any other
      // single call; only a fan-out of several names shares the bounded pool
      pending.put(
          name,
          toCheck.size() == 1
              ? CompletableFuture.completedFuture(checkOne(name))
              : pool.submit(() -> checkOne(name)));
    }
    int authenticationFailures = 0;
    AuthenticationFailedException lastAuthenticationFailure = null;
    for (Map.Entry<DomainName, Future<Outcome>> entry : pending.entrySet()) {
      Outcome outcome = await(entry.getKey(), entry.getValue());
      answers.put(entry.getKey(), outcome.result());
      if (outcome.authenticationFailure() != null) {
        authenticationFailures++;
        lastAuthenticationFailure = outcome.authenticationFailure();
      } else if (outcome.cacheable()) {
        cache.put(outcome.result());
      }
    }
    if (authenticationFailures > 0 && authenticationFailures == distinct.size()) {
      throw lastAuthenticationFailure;
    }
    return distinct.stream().map(answers::get).toList();
  }

  /**
   * Forgets what the cache knows about a name, after it was registered or transferred here.
   *
   * @param name the name
   */
  public void forget(DomainName name) {
    cache.forget(name);
  }

  /** Stops the pool's threads. */
  @Override
  public void close() {
    pool.shutdownNow();
  }

  private record Outcome(
      AvailabilityResult result,
      boolean cacheable,
      AuthenticationFailedException authenticationFailure) {}

  private Outcome checkOne(DomainName name) {
    try {
      DomainCheckResponse response =
          gateway.call(
              Optional.of(name),
              () ->
                  new DomainCheckRequest(
                      org.regdesk.dondominio.client.value.DomainName.of(name.ascii())));
      Optional<DomainCheckResponse.Availability> answer = response.first();
      if (answer.isEmpty()) {
        return unreachable(name, "the registrar answered without a result");
      }
      DomainCheckResponse.Availability first = answer.get();
      Optional<Money> price =
          first.price().map(p -> Money.of(p.amount(), p.currency())).filter(m -> !m.isNegative());
      AvailabilityResult result =
          new AvailabilityResult(
              name,
              first.available() ? Availability.AVAILABLE : Availability.REGISTERED,
              first.premium(),
              price,
              Optional.empty());
      return new Outcome(result, true, null);
    } catch (AuthenticationFailedException e) {
      return new Outcome(unreachable(name, e.getMessage()).result(), false, e);
    } catch (RejectedException e) {
      // 2001: the registry refuses the name itself; other refusals say nothing about the name.
      if (e.registrarCode().filter("2001"::equals).isPresent()) {
        return new Outcome(
            new AvailabilityResult(
                name,
                Availability.INVALID,
                false,
                Optional.empty(),
                Optional.of(e.customerMessage())),
            true,
            null);
      }
      return unreachable(name, e.getMessage());
    } catch (NotSupportedException e) {
      return new Outcome(AvailabilityResult.of(name, Availability.TLD_UNSUPPORTED), true, null);
    } catch (RegistrarException e) {
      return unreachable(name, e.getMessage());
    }
  }

  private static Outcome unreachable(DomainName name, String detail) {
    String line = detail.replaceAll("\\s+", " ");
    return new Outcome(
        new AvailabilityResult(
            name,
            Availability.UNREACHABLE,
            false,
            Optional.empty(),
            Optional.of(line.length() > 1000 ? line.substring(0, 1000) : line)),
        false,
        null);
  }

  private static Outcome await(DomainName name, Future<Outcome> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      return unreachable(name, "interrupted while checking");
    } catch (ExecutionException e) {
      return unreachable(name, "the check failed: " + e.getCause().getClass().getSimpleName());
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "dondominio-check-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
