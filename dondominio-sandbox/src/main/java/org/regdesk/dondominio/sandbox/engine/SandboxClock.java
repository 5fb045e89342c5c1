package org.regdesk.dondominio.sandbox.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's notion of now: an underlying clock plus an offset that only moves forward. The
 * control API's {@code /_sandbox/clock} and tests move it; the engine never reads the wall clock
 * directly. Dates are in UTC.
 */
public final class SandboxClock extends Clock {
  private final Clock base;
  private final AtomicReference<Duration> offset;

  private SandboxClock(Clock base, Duration offset) {
    this.base = base;
    this.offset = new AtomicReference<>(offset);
  }

  /** Wall-clock time, movable forward. */
  public static SandboxClock system() {
    return new SandboxClock(Clock.systemUTC(), Duration.ZERO);
  }

  /** Frozen at {@code start} until advanced: for deterministic tests. */
  public static SandboxClock fixed(Instant start) {
    return new SandboxClock(Clock.fixed(start, ZoneOffset.UTC), Duration.ZERO);
  }

  /** Moves time forward; a negative amount is refused. */
  public void advance(Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("time only moves forward");
    }
    offset.accumulateAndGet(amount, Duration::plus);
  }

  /** How far this clock has been moved from its base. */
  public Duration offset() {
    return offset.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the sandbox runs in UTC");
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }
}
