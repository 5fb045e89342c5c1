package org.regdesk.dondominio.sandbox;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The options of {@code regdesk sandbox}, parsed and validated. {@code --name value} and {@code
 * --name=value} both work; an unknown, repeated or malformed option is an {@link
 * InvalidOptionException} naming it.
 */
record SandboxOptions(
    String host,
    int port,
    String apiUser,
    String apiPassword,
    BigDecimal balance,
    int seedDomains,
    long seed,
    int latencyMs,
    Optional<Path> stateFile,
    boolean help) {

  static final int MAX_SEED_DOMAINS = 1_000_000;
  static final int MAX_LATENCY_MS = 60_000;
  static final BigDecimal MAX_BALANCE = new BigDecimal("1000000000");

  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "Usage: regdesk sandbox [options]",
          "Runs a local simulator of the DonDominio / MrDomain reseller API.",
          "",
          "Options:",
          "  --port N           TCP port to listen on, 0 for any free port (default 8089)",
          "  --host H           address to listen on (default 127.0.0.1)",
          "  --apiuser U        API user name the sandbox accepts (default sandbox)",
          "  --apipasswd P      API password the sandbox accepts (default sandbox)",
          "  --balance EUR      starting account balance, e.g. 250.50 (default 1000)",
          "  --seed-domains N   start with N generated domains, 0 to "
              + MAX_SEED_DOMAINS
              + " (default 0)",
          "  --seed S           seed of the generated data; same seed, same sandbox (default 1)",
          "  --latency-ms N     wait N ms, 0 to "
              + MAX_LATENCY_MS
              + ", before every API answer (default 0)",
          "  --state FILE       load the sandbox from FILE if it exists; save it there while",
          "                     running and on exit",
          "  --help             print this help and exit",
          "",
          "Control API under /_sandbox/ (see the module README): foreign-domains, account, clock,",
          "faults, domains/{name}, calls, reset.");

  /** Parses the arguments after {@code sandbox}. */
  static SandboxOptions parse(String... args) {
    Builder b = new Builder();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        // not echoed: a stray argument may be a password given without its option
        throw new InvalidOptionException(
            "unexpected argument #" + (i + 1) + "; options start with --");
      }
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      if (name.equals("--help")) {
        b.help = true;
        continue;
      }
      if (!Builder.NAMES.contains(name)) {
        throw new InvalidOptionException("unknown option " + printable(name));
      }
      if (!seen.add(name)) {
        throw new InvalidOptionException(name + " is given more than once");
      }
      if (value == null) {
        if (i + 1 >= args.length || (args[i + 1].startsWith("--") && !name.equals("--apipasswd"))) {
          throw new InvalidOptionException(name + " needs a value");
        }
        value = args[++i];
      }
      b.set(name, value);
    }
    return b.build();
  }

  /** Everything but the password. */
  @Override
  public String toString() {
    return "SandboxOptions[host="
        + host
        + ", port="
        + port
        + ", apiuser="
        + apiUser
        + ", apipasswd=*****, balance="
        + balance
        + ", seedDomains="
        + seedDomains
        + ", seed="
        + seed
        + ", latencyMs="
        + latencyMs
        + ", state="
        + stateFile.map(Path::toString).orElse("none")
        + "]";
  }

  /** A sandbox configured by these options. */
  Sandbox.Builder toBuilder() {
    Sandbox.Builder builder =
        Sandbox.builder()
            .host(host)
            .port(port)
            .apiUser(apiUser)
            .apiPassword(apiPassword)
            .balance(balance)
            .seedDomains(seedDomains)
            .seed(seed)
            .latency(Duration.ofMillis(latencyMs));
    stateFile.ifPresent(builder::stateFile);
    return builder;
  }

  private static String printable(String text) {
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return shown.replaceAll("\\p{Cntrl}", "?");
  }

  private static final class Builder {
    static final Set<String> NAMES =
        Set.of(
            "--port",
            "--host",
            "--apiuser",
            "--apipasswd",
            "--balance",
            "--seed-domains",
            "--seed",
            "--latency-ms",
            "--state");

    String host = Sandbox.Builder.DEFAULT_HOST;
    int port = Sandbox.Builder.DEFAULT_PORT;
    String apiUser = "sandbox";
    String apiPassword = "sandbox";
    BigDecimal balance = new BigDecimal("1000.00");
    int seedDomains;
    long seed = 1L;
    int latencyMs;
    Path stateFile;
    boolean help;

    void set(String name, String value) {
      switch (name) {
        case "--port":
          port = integer(name, value, 0, 65535);
          break;
        case "--host":
          host = host(value);
          break;
        case "--apiuser":
          if (value.isBlank() || !value.equals(value.strip())) {
            throw new InvalidOptionException(
                "--apiuser must not be empty or start or end with spaces");
          }
          apiUser = value;
          break;
        case "--apipasswd":
          if (value.isEmpty()) {
            throw new InvalidOptionException("--apipasswd must not be empty");
          }
          apiPassword = value;
          break;
        case "--balance":
          balance = balance(value);
          break;
        case "--seed-domains":
          seedDomains = integer(name, value, 0, MAX_SEED_DOMAINS);
          break;
        case "--seed":
          try {
            seed = Long.parseLong(value);
          } catch (NumberFormatException e) {
            throw new InvalidOptionException("--seed must be an integer, got " + printable(value));
          }
          break;
        case "--latency-ms":
          latencyMs = integer(name, value, 0, MAX_LATENCY_MS);
          break;
        case "--state":
          stateFile = stateFile(value);
          break;
        default:
          throw new InvalidOptionException("unknown option " + printable(name));
      }
    }

    SandboxOptions build() {
      return new SandboxOptions(
          host,
          port,
          apiUser,
          apiPassword,
          balance,
          seedDomains,
          seed,
          latencyMs,
          Optional.ofNullable(stateFile),
          help);
    }

    private static int integer(String name, String value, int min, int max) {
      try {
        int parsed = Integer.parseInt(value.strip());
        if (parsed >= min && parsed <= max) {
          return parsed;
        }
      } catch (NumberFormatException e) {
        // reported below with the range
      }
      throw new InvalidOptionException(
          name + " must be an integer from " + min + " to " + max + ", got " + printable(value));
    }

    private static String host(String value) {
      String host = value.strip();
      if (host.isEmpty()) {
        throw new InvalidOptionException("--host must not be empty");
      }
      try {
        InetAddress.getByName(host);
      } catch (UnknownHostException | SecurityException e) {
        throw new InvalidOptionException("--host " + printable(host) + " cannot be resolved");
      }
      return host;
    }

    private static BigDecimal balance(String value) {
      BigDecimal amount;
      try {
        amount = new BigDecimal(value.strip());
      } catch (NumberFormatException e) {
        throw new InvalidOptionException(
            "--balance must be an amount like 1000 or 250.50, got " + printable(value));
      }
      if (amount.signum() < 0 || amount.compareTo(MAX_BALANCE) > 0) {
        throw new InvalidOptionException("--balance must be between 0 and " + MAX_BALANCE);
      }
      if (amount.stripTrailingZeros().scale() > 2) {
        throw new InvalidOptionException("--balance must have at most two decimals");
      }
      return amount.setScale(2);
    }

    private static Path stateFile(String value) {
      if (value.isBlank()) {
        throw new InvalidOptionException("--state needs a file name");
      }
      Path path;
      try {
        path = Path.of(value).toAbsolutePath();
      } catch (InvalidPathException e) {
        throw new InvalidOptionException("--state " + printable(value) + " is not a valid path");
      }
      if (Files.isDirectory(path)) {
        throw new InvalidOptionException("--state " + printable(value) + " is a directory");
      }
      if (path.getParent() == null || !Files.isDirectory(path.getParent())) {
        throw new InvalidOptionException(
            "--state " + printable(value) + ": its directory does not exist");
      }
      return path;
    }
  }
}
