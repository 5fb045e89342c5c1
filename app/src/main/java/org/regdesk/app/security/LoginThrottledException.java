package org.regdesk.app.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because of too many recent failures; says how long the lock lasts. */
public final class LoginThrottledException extends AuthenticationException {

  private static final long serialVersionUID = 1L;

  private final Duration remaining;

  /**
   * Creates the exception.
   *
   * @param remaining how long sign-in stays refused
   */
  public LoginThrottledException(Duration remaining) {
    super("Too many failed sign-in attempts; try again in " + minutes(remaining) + " minutes");
    this.remaining = remaining;
  }

  /**
   * Whole minutes left, rounded up, at least 1.
   *
   * @return minutes until sign-in is possible again
   */
  public long minutesRemaining() {
    return minutes(remaining);
  }

  private static long minutes(Duration remaining) {
    return Math.max(1, (remaining.toSeconds() + 59) / 60);
  }
}
