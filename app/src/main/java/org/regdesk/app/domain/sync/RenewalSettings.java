package org.regdesk.app.domain.sync;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Automatic renewal of domains flagged auto-renew in the desk ({@code regdesk.renewals.*}).
 *
 * @param daysBefore how many days before its expiry a flagged domain is renewed
 * @param years for how many years
 * @param interval how often the desk looks for domains due
 */
@ConfigurationProperties("regdesk.renewals")
public record RenewalSettings(
    @DefaultValue("14") int daysBefore,
    @DefaultValue("1") int years,
    @DefaultValue("1h") Duration interval) {

  /** Checks the values so that a typo stops the start with the property's name. */
  public RenewalSettings {
    if (daysBefore < 0 || daysBefore > 365) {
      throw new IllegalArgumentException(
          "regdesk.renewals.days-before must be from 0 to 365, got " + daysBefore);
    }
    if (years < 1 || years > 10) {
      throw new IllegalArgumentException(
          "regdesk.renewals.years must be from 1 to 10, got " + years);
    }
    if (interval == null || interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("regdesk.renewals.interval must be a positive duration");
    }
  }
}
