package org.regdesk.dondominio.client;

import java.time.Duration;

/** Waits between retries. Injected so that tests can record the backoff instead of waiting. */
@FunctionalInterface
public interface Sleeper {

  /** Waits for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;

  /** The real thing: blocks the calling thread. */
  static Sleeper blocking() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
