package org.regdesk.dondominio.client;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;

/**
 * How reads are retried after a transient transport failure: at most {@code maxAttempts} tries in
 * all, waiting an exponentially growing, capped and jittered delay between them.
 *
 * <p>The delay before retry {@code n} (1-based) is drawn uniformly from {@code [d/2, d]} with
 * {@code d = min(maxDelay, baseDelay × 2^(n-1))}. Jitter keeps many clients that failed together
 * from retrying together. Writes are never retried, whatever the policy.
 *
 * @param maxAttempts tries in all, including the first; 1 disables retries
 * @param baseDelay the delay before the first retry, before jitter
 * @param maxDelay the cap on any delay
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

  /** Checks the bounds. */
  public RetryPolicy {
    if (maxAttempts < 1 || maxAttempts > 10) {
      throw new InvalidRequestValueException("maxAttempts", "must be 1 to 10");
    }
    if (baseDelay == null || baseDelay.isNegative()) {
      throw new InvalidRequestValueException("baseDelay", "must be zero or positive");
    }
    if (maxDelay == null || maxDelay.compareTo(baseDelay) < 0) {
      throw new InvalidRequestValueException("maxDelay", "must be at least baseDelay");
    }
  }

  /** Three tries, 250 ms base delay, 4 s cap. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(3, Duration.ofMillis(250), Duration.ofSeconds(4));
  }

  /** A single try. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
  }

  /**
   * The delay before retry number {@code retry} (1 for the first retry).
   *
   * @param retry the retry number, at least 1
   * @param random the source of jitter
   */
  public Duration delayBeforeRetry(int retry, RandomGenerator random) {
    long base = baseDelay.toMillis();
    long cap = maxDelay.toMillis();
    long ceiling = cap;
    if (retry - 1 < 62 && base <= (cap >> Math.min(retry - 1, 62))) {
      ceiling = Math.min(cap, base << (retry - 1));
    }
    long floor = ceiling / 2;
    long jitter = ceiling - floor == 0 ? 0 : (long) (random.nextDouble() * (ceiling - floor + 1));
    return Duration.ofMillis(Math.min(ceiling, floor + jitter));
  }
}
