package org.regdesk.app.config;

import org.regdesk.registrar.spi.value.SuffixList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The suffix list every feature uses to parse domain names typed by people. */
@Configuration(proxyBeanMethods = false)
public class DomainNamesConfig {

  /**
   * The public suffix list.
   *
   * @return the list
   */
  @Bean
  public SuffixList suffixList() {
    return new PublicSuffixes();
  }
}
