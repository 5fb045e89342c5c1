package org.regdesk.app.security;

import org.regdesk.app.ConflictException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * On the first start (no administrator yet) creates the admin {@code admin} with a one-time
 * password and prints it once to the console. The password is never logged; the admin must change
 * it at first sign-in.
 */
@Component
@ConditionalOnWebApplication
public class FirstStartAdmin implements ApplicationRunner {

  /** The user name of the first administrator. */
  public static final String USERNAME = "admin";

  private final UserAccounts accounts;
  private final Console console;

  /**
   * Creates the runner.
   *
   * @param accounts the accounts service
   * @param console where to print the password
   */
  public FirstStartAdmin(UserAccounts accounts, Console console) {
    this.accounts = accounts;
    this.console = console;
  }

  @Override
  public void run(ApplicationArguments args) {
    createIfNone();
  }

  /**
   * Creates the first administrator unless one exists.
   *
   * @return true if it was created now
   */
  public boolean createIfNone() {
    if (accounts.anyAdmin()) {
      return false;
    }
    OneTimePassword created;
    try {
      created = accounts.create(USERNAME, Role.ADMIN);
    } catch (ConflictException anotherInstanceWasFaster) {
      return false;
    }
    console.print(
        String.join(
            "\n",
            "",
            "=====================================================================",
            " Regdesk first start: an administrator was created.",
            "   user name: " + created.username(),
            "   password:  " + created.password(),
            " This one-time password is shown only now; change it at first sign-in.",
            " Lost it? ./regdesk admin reset-password --username " + created.username(),
            "=====================================================================",
            ""));
    return true;
  }
}
