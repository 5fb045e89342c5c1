package org.regdesk.app.security;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regdesk.app.ConflictException;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.ValidationException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./regdesk admin create|reset-password --username U}: manages administrators from the
 * shell, without starting the web server, against the same database as the desk. Prints the new
 * one-time password; errors name the flag at fault.
 */
public final class AdminCommandLine {

  /** Exit status: done. */
  public static final int OK = 0;

  /** Exit status: the command could not be done (name taken, unknown user, database locked). */
  public static final int FAILED = 1;

  /** Exit status: the command line is wrong. */
  public static final int USAGE = 2;

  private static final String USAGE_TEXT =
      """
      Usage: ./regdesk admin <command> --username NAME

      Commands:
        create           create an administrator and print its one-time password
        reset-password   give a user a new one-time password (and re-enable it)

      The desk asks for a new password at the first sign-in with a one-time password.
      With the embedded database, stop the desk first (H2 allows one process at a time).""";

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, Object> properties;

  /**
   * Creates the command line.
   *
   * @param out where results go
   * @param err where errors go
   * @param properties extra Spring properties (tests point the database elsewhere)
   */
  public AdminCommandLine(PrintStream out, PrintStream err, Map<String, Object> properties) {
    this.out = out;
    this.err = err;
    this.properties = Map.copyOf(properties);
  }

  /**
   * Runs one command.
   *
   * @param args the arguments after {@code admin}
   * @return the exit status
   */
  public int run(List<String> args) {
    if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
      (args.isEmpty() ? err : out).println(USAGE_TEXT);
      return args.isEmpty() ? USAGE : OK;
    }
    String command = args.get(0);
    if (!command.equals("create") && !command.equals("reset-password")) {
      return usage("unknown admin command '" + command + "' (expected create or reset-password)");
    }
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.size(); i++) {
      String arg = args.get(i);
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (!name.equals("--username")) {
        return usage("unknown option " + name);
      }
      String value;
      if (arg.contains("=")) {
        value = arg.substring(arg.indexOf('=') + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        return usage("--username needs a value");
      }
      options.put(name, value);
    }
    String username = options.get("--username");
    if (username == null || username.isBlank()) {
      return usage("--username is required");
    }
    try {
      UserAccounts.normalizeUsername(username);
    } catch (ValidationException invalid) {
      return usage("--username " + invalid.errors().get(0).message());
    }
    try (ConfigurableApplicationContext context = start()) {
      UserAccounts accounts = context.getBean(UserAccounts.class);
      OneTimePassword issued =
          command.equals("create")
              ? accounts.create(username, Role.ADMIN)
              : accounts.resetPassword(username);
      out.println(
          (command.equals("create") ? "Created administrator " : "New password for ")
              + issued.username()
              + ".\nOne-time password: "
              + issued.password()
              + "\nIt must be changed at the first sign-in.");
      return OK;
    } catch (ConflictException | NotFoundException refused) {
      err.println("error: --username: " + refused.getMessage());
      return FAILED;
    } catch (RuntimeException failed) {
      err.println("error: " + describe(failed));
      return FAILED;
    }
  }

  private ConfigurableApplicationContext start() {
    Map<String, Object> settings = new HashMap<>();
    settings.put("logging.level.root", "WARN");
    settings.put("logging.level.org.regdesk", "WARN");
    settings.put("logging.level.org.flywaydb", "ERROR");
    settings.putAll(properties);
    return new SpringApplicationBuilder(org.regdesk.app.RegdeskApplication.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .properties(settings)
        .run();
  }

  private int usage(String problem) {
    err.println("error: " + problem);
    err.println(USAGE_TEXT);
    return USAGE;
  }

  private static String describe(Throwable failed) {
    for (Throwable t = failed; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("Database may be already in use")
          || message.contains("The file is locked")) {
        return "the database is in use by a running desk; stop it first (./regdesk start holds"
            + " the embedded database open)";
      }
      if (t instanceof SecretKeyException) {
        return t.getMessage();
      }
    }
    return "could not open the desk's database: " + rootMessage(failed);
  }

  private static String rootMessage(Throwable failed) {
    Throwable root = failed;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
