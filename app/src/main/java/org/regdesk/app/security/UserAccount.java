package org.regdesk.app.security;

import java.time.Instant;

/**
 * A login: staff or customer.
 *
 * @param id the row id
 * @param username the user name, lower case
 * @param passwordHash the BCrypt hash (never printed)
 * @param role what the user may do
 * @param mustChangePassword true after a one-time password was issued, until the user sets their
 *     own
 * @param enabled false to refuse sign-in
 * @param createdAt when the account was created
 * @param passwordChangedAt when the password was last set
 */
public record UserAccount(
    long id,
    String username,
    String passwordHash,
    Role role,
    boolean mustChangePassword,
    boolean enabled,
    Instant createdAt,
    Instant passwordChangedAt) {

  @Override
  public String toString() {
    return "UserAccount[" + id + ", " + username + ", " + role + "]";
  }
}
