package org.regdesk.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The terminal, as a bean so tests can read what the desk printed. */
@Configuration(proxyBeanMethods = false)
public class ConsoleConfig {

  /**
   * Standard output.
   *
   * @return the console
   */
  @Bean
  public Console console() {
    return Console.system();
  }
}
