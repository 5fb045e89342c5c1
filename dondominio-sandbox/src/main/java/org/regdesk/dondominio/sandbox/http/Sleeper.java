package org.regdesk.dondominio.sandbox.http;

import java.time.Duration;

/**
 * Waits for a while. The transport's simulated network delay and latency faults go through this, so
 * tests can record the waits instead of spending them.
 */
@FunctionalInterface
public interface Sleeper {

  /** Blocks for {@code duration}; zero or negative returns at once. */
  void sleep(Duration duration) throws InterruptedException;

  /** Really waits, on the calling thread. */
  static Sleeper system() {
    return duration -> {
      if (duration.isNegative() || duration.isZero()) {
        return;
      }
      Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    };
  }
}
