package org.regdesk.app.config;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Facts about how this desk runs that pages show, such as the SANDBOX banner. */
@Component
public class DeskMode {

  private final boolean sandbox;

  /**
   * Reads the mode from the environment once.
   *
   * @param environment the Spring environment
   */
  public DeskMode(Environment environment) {
    this.sandbox = DemoMode.isEnabled(environment);
  }

  /**
   * Whether registrar calls go to the in-process sandbox (demo mode).
   *
   * @return true in demo mode
   */
  public boolean sandbox() {
    return sandbox;
  }
}
