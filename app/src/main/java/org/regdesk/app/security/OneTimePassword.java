package org.regdesk.app.security;

/**
 * A password the desk generated for a user, shown once (first-start console line, {@code ./regdesk
 * admin}); the user must replace it at first sign-in.
 *
 * @param username whose password it is
 * @param password the password (never printed by {@link #toString()})
 */
public record OneTimePassword(String username, String password) {

  @Override
  public String toString() {
    return "OneTimePassword[" + username + ", ***]";
  }
}
