package org.regdesk.app.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the desk. Everything that reads time injects it, so tests move time by hand (an
 * architecture test forbids {@code Instant.now()} and friends elsewhere).
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

  /**
   * The system clock in UTC.
   *
   * @return the clock
   */
  @Bean
  public Clock clock() {
    return Clock.systemUTC();
  }
}
