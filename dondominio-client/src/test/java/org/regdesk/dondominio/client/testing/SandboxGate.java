package org.regdesk.dondominio.client.testing;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.regdesk.dondominio.sandbox.http.Sleeper;

/**
 * What the sandbox waits on for its latency faults: instead of sleeping for the fault's delay, it
 * holds the request until the test opens the gate (or the delay runs out), so a client timeout can
 * be tested without sleeping for it.
 */
public final class SandboxGate implements Sleeper {
  private final AtomicInteger held = new AtomicInteger();
  private volatile CountDownLatch open = new CountDownLatch(1);

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    held.incrementAndGet();
    open.await(duration.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** How many requests the gate has held since it was last closed. */
  public int held() {
    return held.get();
  }

  /** Lets every held request go on. */
  public void open() {
    open.countDown();
  }

  /** Opens the gate for requests held so far and closes it for the next ones. */
  public void reset() {
    CountDownLatch previous = open;
    open = new CountDownLatch(1);
    held.set(0);
    previous.countDown();
  }
}
