package org.regdesk.app.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it. */
public final class MutableClock extends Clock {

  /** Where every test clock starts. */
  public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private volatile Instant now = START;

  /**
   * Moves time forward.
   *
   * @param amount how far
   */
  public void advance(Duration amount) {
    now = now.plus(amount);
  }

  /** Back to {@link #START}. */
  public void reset() {
    now = START;
  }

  @Override
  public Instant instant() {
    return now;
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
