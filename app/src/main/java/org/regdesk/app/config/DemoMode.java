package org.regdesk.app.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Decides whether the desk runs against the in-process DonDominio sandbox.
 *
 * <p>{@code regdesk.sandbox.enabled} decides when set. Unset, demo mode is on exactly when the
 * database is the embedded H2 one: {@code ./regdesk start} on a fresh clone shows a working desk,
 * and a production start ({@code SPRING_DATASOURCE_URL} pointing at PostgreSQL) never talks to a
 * simulator by accident.
 */
public final class DemoMode implements Condition {

  /**
   * Whether demo mode is on for this environment.
   *
   * @param environment the Spring environment
   * @return true to start the sandbox and show the SANDBOX banner
   */
  public static boolean isEnabled(Environment environment) {
    Boolean explicit = environment.getProperty("regdesk.sandbox.enabled", Boolean.class);
    if (explicit != null) {
      return explicit;
    }
    return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
  }

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return isEnabled(context.getEnvironment());
  }
}
