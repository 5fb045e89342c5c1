package org.regdesk.registrar.spi.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves forward by a fixed step each time it is read, so durations are known. */
final class StepClock extends Clock {

  private Instant now;
  private final Duration step;

  StepClock(Instant start, Duration step) {
    this.now = start;
    this.step = step;
  }

  @Override
  public synchronized Instant instant() {
    Instant current = now;
    now = now.plus(step);
    return current;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
