package org.regdesk.dondominio.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.regdesk.dondominio.sandbox.engine.Params;
import org.regdesk.dondominio.sandbox.engine.SandboxClock;
import org.regdesk.dondominio.sandbox.engine.SandboxEngine;
import org.regdesk.dondominio.sandbox.http.ApiCall;
import org.regdesk.dondominio.sandbox.http.ApiHandler;
import org.regdesk.dondominio.sandbox.http.CallJournal;
import org.regdesk.dondominio.sandbox.http.ControlHandler;
import org.regdesk.dondominio.sandbox.http.Fault;
import org.regdesk.dondominio.sandbox.http.FaultPlan;
import org.regdesk.dondominio.sandbox.http.SandboxHttpServer;
import org.regdesk.dondominio.sandbox.http.Sleeper;
import tools.jackson.databind.JsonNode;

/**
 * A running DonDominio sandbox: the engine behind a real HTTP listener, plus Java shortcuts to the
 * control API for tests in the same JVM.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
 *   URI endpoint = sandbox.uri(); // http://127.0.0.1:<port>/
 *   sandbox.fault(Fault.applyThenDrop("domain/create"));
 *   ...
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Sandbox.class.getName());

  private final String apiUser;
  private final String apiPassword;
  private final SandboxEngine engine;
  private final FaultPlan faults;
  private final CallJournal journal;
  private final StateSaver stateSaver;
  private final SandboxHttpServer server;
  private final URI uri;
  private boolean closed;

  private Sandbox(Builder builder, SandboxEngine engine, StateSaver stateSaver) throws IOException {
    this.apiUser = builder.apiUser;
    this.apiPassword = builder.apiPassword;
    this.engine = engine;
    this.faults = new FaultPlan(engine::knows);
    this.journal = new CallJournal();
    this.stateSaver = stateSaver;
    Runnable changed = stateSaver == null ? () -> {} : stateSaver::markChanged;
    ApiHandler api =
        new ApiHandler(engine::call, faults, journal, builder.sleeper, builder.latency, changed);
    ControlHandler control = new ControlHandler(engine, faults, journal, this::reset, changed);
    InetSocketAddress address = new InetSocketAddress(builder.host, builder.port);
    if (address.isUnresolved()) {
      throw new IllegalArgumentException("host: cannot resolve " + builder.host);
    }
    this.server = SandboxHttpServer.start(address, builder.workerThreads, api, control);
    this.uri = uriOf(builder.host, server.port());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The base URL, ending in {@code /}: append {@code tool/hello/} and so on. */
  public URI uri() {
    return uri;
  }

  public int port() {
    return server.port();
  }

  public String apiUser() {
    return apiUser;
  }

  /** The API password the sandbox accepts (a test credential, never logged). */
  public String apiPassword() {
    return apiPassword;
  }

  public SandboxEngine engine() {
    return engine;
  }

  public SandboxClock clock() {
    return engine.clock();
  }

  /** Adds a domain held at another registrar, for transfer tests; returns the engine's summary. */
  public JsonNode addForeignDomain(String domain, String authcode) {
    return addForeignDomain(Map.of("domain", domain, "authcode", authcode));
  }

  /** Adds a domain held at another registrar with any fields the engine takes (e.g. expiry). */
  public JsonNode addForeignDomain(Map<String, String> fields) {
    return changing(() -> engine.addForeignDomain(Params.of(fields)));
  }

  /** Changes the account ({@code balance}, {@code threshold}, ...). */
  public JsonNode updateAccount(Map<String, String> fields) {
    return changing(() -> engine.updateAccount(Params.of(fields)));
  }

  /**
   * Moves the sandbox's time forward, as {@code POST /_sandbox/clock} does.
   *
   * @param amount whole minutes, positive
   */
  public JsonNode advanceClock(Duration amount) {
    if (amount.isNegative()
        || amount.isZero()
        || amount.toSecondsPart() != 0
        || amount.toNanosPart() != 0) {
      throw new IllegalArgumentException("advanceClock needs a positive number of whole minutes");
    }
    Map<String, String> fields =
        amount.toMinutes() % (24 * 60) == 0
            ? Map.of("advanceDays", Long.toString(amount.toDays()))
            : Map.of("advanceMinutes", Long.toString(amount.toMinutes()));
    return changing(() -> engine.advanceClock(Params.of(fields)));
  }

  /** The engine's internal view of one domain; empty when the sandbox does not know it. */
  public Optional<JsonNode> domainState(String domain) {
    return engine.domainState(domain);
  }

  /** Plans a fault; see {@link Fault}'s factories. */
  public void fault(Fault fault) {
    faults.add(fault);
  }

  /** The faults still waiting, with what is left of each one's count. */
  public List<Fault> faults() {
    return faults.pending();
  }

  public void clearFaults() {
    faults.clear();
  }

  /** The recent API calls, oldest first (secret parameter values masked). */
  public List<ApiCall> calls() {
    return journal.calls();
  }

  /**
   * Forgets the recorded calls (the journal keeps only the most recent ones), so that a long run
   * can count the calls of one part of it from the start.
   */
  public void clearCalls() {
    journal.clear();
  }

  /** Back to a fresh start: the engine's initial state, no faults, no recorded calls. */
  public void reset() {
    engine.reset();
    faults.clear();
    journal.clear();
    if (stateSaver != null) {
      stateSaver.markChanged();
    }
  }

  /** Writes the state file now; without a state file, nothing happens. */
  public void saveState() throws IOException {
    if (stateSaver != null) {
      stateSaver.save();
    }
  }

  /** Stops listening and, with a state file, saves a last time. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.close();
    if (stateSaver != null) {
      try {
        stateSaver.close();
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.ERROR, "Could not save the sandbox state on shutdown", e);
      }
    }
  }

  @Override
  public String toString() {
    return "Sandbox[" + uri + ", apiuser " + apiUser + "]";
  }

  private <T> T changing(java.util.function.Supplier<T> change) {
    try {
      return change.get();
    } finally {
      if (stateSaver != null) {
        stateSaver.markChanged();
      }
    }
  }

  private static URI uriOf(String host, int port) {
    try {
      return new URI("http", null, host, port, "/", null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("host: not usable in a URL", e);
    }
  }

  /** How a sandbox starts. Every setter validates and names the setting it refuses. */
  public static final class Builder {
    /** The default listening port. */
    public static final int DEFAULT_PORT = 8089;

    /** The default listening address: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;
    private String apiUser = "sandbox";
    private String apiPassword = "sandbox";
    private BigDecimal balance = new BigDecimal("1000.00");
    private String currency = "EUR";
    private int seedDomains;
    private long seed = 1L;
    private Duration latency = Duration.ZERO;
    private Path stateFile;
    private SandboxClock clock;
    private Sleeper sleeper = Sleeper.system();
    private int workerThreads = 32;
    private Duration stateSaveInterval = Duration.ofSeconds(5);

    private Builder() {}

    /** The address to listen on (default {@value #DEFAULT_HOST}). */
    public Builder host(String host) {
      if (host == null || host.isBlank()) {
        throw new IllegalArgumentException("host: must not be empty");
      }
      this.host = host.strip();
      return this;
    }

    /** The TCP port (default {@value #DEFAULT_PORT}); 0 picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port: must be between 0 and 65535");
      }
      this.port = port;
      return this;
    }

    /** The API user the sandbox accepts (default {@code sandbox}). */
    public Builder apiUser(String apiUser) {
      this.apiUser = nonBlank("apiuser", apiUser);
      return this;
    }

    /** The API password the sandbox accepts (default {@code sandbox}). */
    public Builder apiPassword(String apiPassword) {
      if (apiPassword == null || apiPassword.isEmpty()) {
        throw new IllegalArgumentException("apipasswd: must not be empty");
      }
      this.apiPassword = apiPassword;
      return this;
    }

    /** The starting balance (default 1000.00), at most two decimals, not negative. */
    public Builder balance(BigDecimal balance) {
      Objects.requireNonNull(balance, "balance");
      if (balance.signum() < 0) {
        throw new IllegalArgumentException("balance: must not be negative");
      }
      if (balance.stripTrailingZeros().scale() > 2) {
        throw new IllegalArgumentException("balance: at most two decimals");
      }
      this.balance = balance.setScale(2, RoundingMode.UNNECESSARY);
      return this;
    }

    /** The account currency (default EUR), an ISO 4217 code. */
    public Builder currency(String currency) {
      if (currency == null || !currency.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException("currency: must be a three-letter ISO code, e.g. EUR");
      }
      this.currency = currency;
      return this;
    }

    /** How many generated domains the account starts with (default 0). */
    public Builder seedDomains(int seedDomains) {
      if (seedDomains < 0) {
        throw new IllegalArgumentException("seed-domains: must not be negative");
      }
      this.seedDomains = seedDomains;
      return this;
    }

    /** The seed of the generated data (default 1): same seed, same sandbox. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** A simulated network delay before every API answer (default none). */
    public Builder latency(Duration latency) {
      Objects.requireNonNull(latency, "latency");
      if (latency.isNegative()) {
        throw new IllegalArgumentException("latency: must not be negative");
      }
      this.latency = latency;
      return this;
    }

    /**
     * A file to restore the sandbox from at start (when it exists) and to save it to while running
     * and on close.
     */
    public Builder stateFile(Path stateFile) {
      this.stateFile = Objects.requireNonNull(stateFile, "stateFile");
      return this;
    }

    /** The sandbox's clock (default: wall-clock time, movable forward). */
    public Builder clock(SandboxClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** What waits for latency and latency faults (default: really waits). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** How many requests are served at once (default 32). */
    public Builder workerThreads(int workerThreads) {
      if (workerThreads < 1 || workerThreads > 1024) {
        throw new IllegalArgumentException("workerThreads: must be between 1 and 1024");
      }
      this.workerThreads = workerThreads;
      return this;
    }

    /** How often, at most, a changed state is saved while running (default 5 s). */
    public Builder stateSaveInterval(Duration interval) {
      Objects.requireNonNull(interval, "stateSaveInterval");
      if (interval.toMillis() < 1) {
        throw new IllegalArgumentException("stateSaveInterval: must be at least 1 ms");
      }
      this.stateSaveInterval = interval;
      return this;
    }

    /**
     * Builds the engine (restored from the state file when there is one) and starts listening.
     *
     * @throws StateFileException when the state file exists but cannot be used, or cannot be
     *     written
     * @throws UncheckedIOException when the address cannot be bound
     */
    public Sandbox start() {
      SandboxClock sandboxClock = clock != null ? clock : SandboxClock.system();
      SandboxEngine.Config config =
          new SandboxEngine.Config(apiUser, apiPassword, balance, currency, seedDomains, seed);
      StateFile file = stateFile == null ? null : new StateFile(stateFile);
      boolean restored = file != null && file.exists();
      SandboxEngine engine;
      if (restored) {
        engine = restore(file, config, sandboxClock);
      } else {
        if (file != null && !Files.isDirectory(file.path().getParent())) {
          throw new StateFileException(
              "state file "
                  + file.path()
                  + ": directory "
                  + file.path().getParent()
                  + " does not exist");
        }
        engine = SandboxEngine.create(config, sandboxClock);
      }
      StateSaver saver =
          file == null
              ? null
              : new StateSaver(file, f -> f.save(engine::writeState, sandboxClock::offset));
      Sandbox sandbox;
      try {
        sandbox = new Sandbox(this, engine, saver);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
      }
      if (saver != null) {
        if (!restored) {
          try {
            saver.save();
          } catch (IOException e) {
            sandbox.server.close();
            throw new StateFileException(
                "state file "
                    + file.path()
                    + " cannot be written ("
                    + e.getClass().getSimpleName()
                    + ")");
          }
        }
        saver.start(stateSaveInterval);
        LOG.log(
            Level.INFO,
            (restored ? "Restored the sandbox from " : "Saving the sandbox to ") + file.path());
      }
      return sandbox;
    }

    private static SandboxEngine restore(
        StateFile file, SandboxEngine.Config config, SandboxClock clock) {
      StateFile.Snapshot snapshot = file.load();
      Duration behind = snapshot.clockOffset().minus(clock.offset());
      if (behind.isNegative()) {
        // a clock handed in that is already further ahead stays where it is
        behind = Duration.ZERO;
      }
      clock.advance(behind);
      try {
        return SandboxEngine.restore(snapshot.engineState(), config, clock);
      } catch (RuntimeException e) {
        throw new StateFileException(
            "state file " + file.path() + " is not a valid sandbox state (" + firstLine(e) + ")");
      }
    }

    private static String firstLine(RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      message = message.lines().findFirst().orElse("");
      return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }

    private static String nonBlank(String field, String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(field + ": must not be empty");
      }
      return value;
    }
  }
}
