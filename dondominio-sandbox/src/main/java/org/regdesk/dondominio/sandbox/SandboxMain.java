package org.regdesk.dondominio.sandbox;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;

/**
 * {@code regdesk sandbox}: runs the sandbox until the process is stopped (Ctrl-C or SIGTERM), then
 * saves the {@code --state} file if there is one. Exit status 2 for a bad option or an unusable
 * state file, 1 when the address cannot be bound.
 */
public final class SandboxMain {
  static final int EXIT_USAGE = 2;
  static final int EXIT_FAILURE = 1;

  private final PrintStream out;
  private final PrintStream err;

  SandboxMain(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) throws InterruptedException {
    // one line per record unless the user chose a format
    System.getProperties()
        .putIfAbsent(
            "java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
    Launch launch = new SandboxMain(System.out, System.err).launch(args);
    if (launch instanceof Launch.Exit) {
      int status = ((Launch.Exit) launch).status();
      if (status != 0) {
        System.exit(status);
      }
      return;
    }
    Sandbox sandbox = ((Launch.Running) launch).sandbox();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  sandbox.close();
                  stopped.countDown();
                },
                "dondominio-sandbox-shutdown"));
    stopped.await();
  }

  /** What starting from the command line came to. */
  sealed interface Launch {
    /** Nothing is running; the process should exit with this status. */
    record Exit(int status) implements Launch {}

    /** The sandbox is up and its ready line printed. */
    record Running(Sandbox sandbox) implements Launch {}
  }

  /** Parses the options and starts the sandbox, printing the ready line or the error. */
  Launch launch(String... args) {
    SandboxOptions options;
    try {
      options = SandboxOptions.parse(args);
    } catch (InvalidOptionException e) {
      err.println("error: " + e.getMessage());
      err.println(SandboxOptions.USAGE);
      return new Launch.Exit(EXIT_USAGE);
    }
    if (options.help()) {
      out.println(SandboxOptions.USAGE);
      return new Launch.Exit(0);
    }
    Sandbox sandbox;
    try {
      sandbox = options.toBuilder().start();
    } catch (StateFileException e) {
      err.println("error: --state: " + e.getMessage());
      return new Launch.Exit(EXIT_USAGE);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return new Launch.Exit(EXIT_FAILURE);
    }
    out.println(
        "DonDominio sandbox listening on "
            + sandbox.uri()
            + " (apiuser "
            + sandbox.apiUser()
            + ")");
    out.flush();
    return new Launch.Running(sandbox);
  }
}
