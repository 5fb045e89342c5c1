package org.regdesk.app.security;

import java.security.SecureRandom;
import org.regdesk.app.config.RegdeskProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Creates the one {@link SecretBox} from the configured key; a bad key stops the start. */
@Configuration(proxyBeanMethods = false)
public class SecretBoxConfig {

  /**
   * The box.
   *
   * @param properties the desk's settings
   * @return the box
   */
  @Bean
  public SecretBox secretBox(RegdeskProperties properties) {
    SecureRandom random = new SecureRandom();
    return new SecretBox(
        SecretKeySource.load(properties.secret().key(), properties.secretKeyFile(), random),
        random);
  }
}
