package org.regdesk.registrar.dondominio.availability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.regdesk.registrar.spi.operation.AvailabilityResult;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * Recent availability answers, kept for a short time so that a customer's repeated searches do not
 * become repeated checks (DonDominio checks one name per call and blocks accounts that check en
 * masse). Time comes from the host's clock. Thread-safe.
 */
public final class AvailabilityCache {

  /** How long an answer is reused by default. */
  public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofSeconds(60);

  private record Entry(AvailabilityResult result, Instant expires) {}

  private final Clock clock;
  private final Duration timeToLive;
  private final ConcurrentHashMap<DomainName, Entry> entries = new ConcurrentHashMap<>();

  /**
   * A cache.
   *
   * @param clock the host's clock
   * @param timeToLive how long an answer is reused; zero turns the cache off
   */
  public AvailabilityCache(Clock clock, Duration timeToLive) {
    this.clock = clock;
    this.timeToLive = timeToLive;
  }

  /**
   * A fresh answer for a name.
   *
   * @param name the name
   * @return the answer, or empty if none or too old
   */
  public Optional<AvailabilityResult> get(DomainName name) {
    Entry entry = entries.get(name);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.expires())) {
      entries.remove(name, entry);
      return Optional.empty();
    }
    return Optional.of(entry.result());
  }

  /**
   * Keeps an answer.
   *
   * @param result the answer
   */
  public void put(AvailabilityResult result) {
    if (timeToLive.isZero() || timeToLive.isNegative()) {
      return;
    }
    entries.put(result.name(), new Entry(result, clock.instant().plus(timeToLive)));
    if (entries.size() > 10_000) {
      Instant now = clock.instant();
      entries.values().removeIf(entry -> !now.isBefore(entry.expires()));
    }
  }

  /**
   * Forgets a name, e.g. after it was registered.
   *
   * @param name the name
   */
  public void forget(DomainName name) {
    entries.remove(name);
  }
}
