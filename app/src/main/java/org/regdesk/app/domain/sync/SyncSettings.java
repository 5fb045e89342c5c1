package org.regdesk.app.domain.sync;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the desk keeps its domains in step with the registrars ({@code regdesk.sync.*}).
 *
 * @param interval how long after one sync of every plugin ends the next starts
 * @param pageSize how many domains to ask for per listing call (a plugin may return fewer)
 */
@ConfigurationProperties("regdesk.sync")
public record SyncSettings(
    @DefaultValue("6h") Duration interval, @DefaultValue("1000") int pageSize) {

  /** Checks the values so that a typo stops the start with the property's name. */
  public SyncSettings {
    if (interval == null || interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("regdesk.sync.interval must be a positive duration");
    }
    if (pageSize < 1 || pageSize > 10_000) {
      throw new IllegalArgumentException(
          "regdesk.sync.page-size must be from 1 to 10000, got " + pageSize);
    }
  }
}
