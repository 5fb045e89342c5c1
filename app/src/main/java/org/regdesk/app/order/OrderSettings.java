package org.regdesk.app.order;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code regdesk.orders.*}: how often orders look at the registrar while it works on them.
 *
 * @param pollInterval how often a desk looks at the registrations it sent that wait for the
 *     registry, all together ({@code RegistrationFollower}: one {@code getDomains} call per
 *     plugin); each registration also looks on its own every ten times this (at least every five
 *     minutes), in case the common look cannot answer for it (the demo sandbox activates a
 *     registration after two minutes)
 * @param transferPollInterval the first wait between looks at a pending transfer; doubles after
 *     each look
 * @param maxTransferPollInterval the longest wait between looks at a pending transfer
 * @param recentRegistration how old a registration found at the registrar after an unknown outcome
 *     may be to count as this order's own
 */
@ConfigurationProperties("regdesk.orders")
public record OrderSettings(
    @DefaultValue("30s") Duration pollInterval,
    @DefaultValue("1m") Duration transferPollInterval,
    @DefaultValue("6h") Duration maxTransferPollInterval,
    @DefaultValue("2d") Duration recentRegistration) {

  /** Checks the values, naming the property. */
  public OrderSettings {
    positive("regdesk.orders.poll-interval", pollInterval);
    positive("regdesk.orders.transfer-poll-interval", transferPollInterval);
    positive("regdesk.orders.max-transfer-poll-interval", maxTransferPollInterval);
    positive("regdesk.orders.recent-registration", recentRegistration);
    if (maxTransferPollInterval.compareTo(transferPollInterval) < 0) {
      throw new IllegalArgumentException(
          "regdesk.orders.max-transfer-poll-interval must not be shorter than"
              + " regdesk.orders.transfer-poll-interval");
    }
  }

  private static void positive(String name, Duration value) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be a positive duration, e.g. 30s");
    }
  }

  /**
   * How long a registration waits before looking on its own: the common look usually answers first
   * and wakes it.
   *
   * @return ten poll intervals, at least five minutes
   */
  Duration ownLookInterval() {
    Duration tenPolls = pollInterval.multipliedBy(10);
    return tenPolls.compareTo(MIN_OWN_LOOK) < 0 ? MIN_OWN_LOOK : tenPolls;
  }

  /**
   * How long a desk's claim to follow a registration holds without being renewed (it is renewed at
   * every look): after that the registration watch lets another desk adopt it.
   *
   * @return ten poll intervals, at least a minute (a desk short of CPU may take several poll
   *     intervals for one look; another desk adopting its registrations meanwhile would only double
   *     the work)
   */
  Duration followLease() {
    Duration tenPolls = pollInterval.multipliedBy(10);
    return tenPolls.compareTo(MIN_LEASE) < 0 ? MIN_LEASE : tenPolls;
  }

  /** The shortest lease on a followed registration. */
  private static final Duration MIN_LEASE = Duration.ofMinutes(1);

  /** The shortest wait before a registration looks on its own. */
  private static final Duration MIN_OWN_LOOK = Duration.ofMinutes(5);

  /**
   * The wait before the n-th look at a pending transfer.
   *
   * @param looks looks made so far
   * @return the wait, doubling up to the maximum
   */
  Duration transferWait(int looks) {
    Duration wait = transferPollInterval;
    for (int i = 0; i < looks && wait.compareTo(maxTransferPollInterval) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxTransferPollInterval) > 0 ? maxTransferPollInterval : wait;
  }
}
