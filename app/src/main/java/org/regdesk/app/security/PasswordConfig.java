package org.regdesk.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, for the web desk and the admin command line alike. */
@Configuration(proxyBeanMethods = false)
public class PasswordConfig {

  /**
   * BCrypt with its default cost.
   *
   * @return the encoder
   */
  @Bean
  public PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }
}
