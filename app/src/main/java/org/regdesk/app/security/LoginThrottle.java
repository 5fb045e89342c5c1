package org.regdesk.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.regdesk.app.config.RegdeskProperties;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name and per client address. After too many failures within the
 * window, every attempt for that name (or from that address) is refused, even with the right
 * password, until the lockout has passed since the last failure. Refused attempts do not extend the
 * lock, so an attacker cannot keep a user locked out forever by trying on.
 *
 * <p>Held in memory: each desk instance counts on its own, and a restart forgets. Time comes from
 * the injected clock.
 */
@Component
public class LoginThrottle {

  private static final int MAX_TRACKED_KEYS = 100_000;

  private final Clock clock;
  private final RegdeskProperties.Login settings;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  /**
   * Creates the throttle.
   *
   * @param clock the desk's clock
   * @param properties the desk's settings ({@code regdesk.login.*})
   */
  public LoginThrottle(Clock clock, RegdeskProperties properties) {
    this.clock = clock;
    this.settings = properties.login();
  }

  /**
   * How long sign-in stays refused for this name or address, if it is.
   *
   * @param username the lower-case user name as typed
   * @param address the client address
   * @return the time left, or empty when an attempt may be made
   */
  public Optional<Duration> lockedFor(String username, String address) {
    Instant now = clock.instant();
    Optional<Duration> byName =
        lockedFor(nameKey(username), settings.maxFailuresPerUsername(), now);
    Optional<Duration> byAddress =
        lockedFor(addressKey(address), settings.maxFailuresPerAddress(), now);
    if (byName.isPresent() && byAddress.isPresent()) {
      return Optional.of(
          byName.get().compareTo(byAddress.get()) >= 0 ? byName.get() : byAddress.get());
    }
    return byName.isPresent() ? byName : byAddress;
  }

  /**
   * Counts a failed attempt.
   *
   * @param username the lower-case user name as typed
   * @param address the client address
   */
  public void recordFailure(String username, String address) {
    Instant now = clock.instant();
    if (failures.size() > MAX_TRACKED_KEYS) {
      failures.entrySet().removeIf(e -> isStale(e.getValue(), now));
    }
    record(nameKey(username), now);
    record(addressKey(address), now);
  }

  /**
   * Forgets the user name's failures after a successful sign-in (the address keeps its count: one
   * good password must not unlock guessing at other names).
   *
   * @param username the lower-case user name
   */
  public void recordSuccess(String username) {
    failures.remove(nameKey(username));
  }

  private Optional<Duration> lockedFor(String key, int maxFailures, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Optional.empty();
    }
    synchronized (times) {
      if (times.isEmpty()) {
        return Optional.empty();
      }
      Instant last = times.peekLast();
      Instant windowStart = last.minus(settings.window());
      long inWindow = times.stream().filter(t -> t.isAfter(windowStart)).count();
      Instant unlockAt = last.plus(settings.lockout());
      if (inWindow >= maxFailures && now.isBefore(unlockAt)) {
        return Optional.of(Duration.between(now, unlockAt));
      }
      return Optional.empty();
    }
  }

  private void record(String key, Instant now) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      Instant horizon = now.minus(settings.window()).minus(settings.lockout());
      while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) {
        times.pollFirst();
      }
      times.addLast(now);
    }
  }

  private boolean isStale(Deque<Instant> times, Instant now) {
    synchronized (times) {
      Instant last = times.peekLast();
      return last == null || last.isBefore(now.minus(settings.window()).minus(settings.lockout()));
    }
  }

  private static String nameKey(String username) {
    return "user:" + username;
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
