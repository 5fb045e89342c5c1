package org.regdesk.dondominio.sandbox.engine;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.TokenBuffer;

/**
 * The sandbox's state and the API actions on it, independent of HTTP. The transport decodes a
 * request into an action name and {@link Params}, calls {@link #call}, and writes the envelope.
 *
 * <p>Thread-safe: reads run in parallel under a read lock, changes under a write lock. Time comes
 * only from the {@link SandboxClock}; the life-cycle transitions that have fallen due are run at
 * the start of each call (and by {@link #advanceClock}), each at its own due time. The module's
 * README lists every rule the engine applies (zone catalogue, life cycle, premium and taken names,
 * seeding, and every decision the API document leaves open under "Inferred behaviour").
 */
public final class SandboxEngine {

  /** How a fresh sandbox starts. */
  public record Config(
      String apiUser,
      String apiPassword,
      BigDecimal balance,
      String currency,
      int seedDomains,
      long seed) {
    public Config {
      Objects.requireNonNull(apiUser, "apiUser");
      Objects.requireNonNull(apiPassword, "apiPassword");
      Objects.requireNonNull(balance, "balance");
      Objects.requireNonNull(currency, "currency");
      if (seedDomains < 0) {
        throw new IllegalArgumentException("seedDomains must be >= 0");
      }
    }

    /** user {@code sandbox}, password {@code sandbox}, 1,000.00 EUR, no seeded domains. */
    public static Config defaults() {
      return new Config("sandbox", "sandbox", new BigDecimal("1000.00"), "EUR", 0, 1L);
    }

    @Override
    public String toString() {
      return "Config[apiUser="
          + apiUser
          + ", apiPassword=*****, balance="
          + balance
          + " "
          + currency
          + ", seedDomains="
          + seedDomains
          + ", seed="
          + seed
          + "]";
    }
  }

  // writeState must leave the caller's stream open: the state file wraps the engine's object
  private static final JsonMapper MAPPER =
      JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final Config config;
  private final SandboxClock clock;
  private final TldCatalogue catalogue;
  private final ActionTable actions = ActionTable.standard();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Lock readLock = lock.readLock();
  private final Lock writeLock = lock.writeLock();
  private SandboxState state;

  /** The earliest due transition, cached so reads can skip the write lock when nothing is due. */
  private volatile long nextDueMinute;

  private SandboxEngine(
      Config config, SandboxClock clock, TldCatalogue catalogue, SandboxState state) {
    this.config = config;
    this.clock = clock;
    this.catalogue = catalogue;
    this.state = state;
    this.nextDueMinute = state.queue.peekMinute();
  }

  /** A fresh sandbox: account from the config, TLD catalogue, seeded domains. */
  public static SandboxEngine create(Config config, SandboxClock clock) {
    TldCatalogue catalogue = TldCatalogue.standard();
    return new SandboxEngine(
        config,
        clock,
        catalogue,
        Seeder.fresh(config, catalogue, clock.instant().getEpochSecond()));
  }

  /**
   * A sandbox restored from {@link #exportState()} (the {@code --state} file). The credentials come
   * from {@code config}, everything else from {@code state}.
   *
   * @throws IllegalArgumentException when {@code state} is not a complete, well-formed sandbox
   *     state; its message says what is wrong
   */
  public static SandboxEngine restore(JsonNode state, Config config, SandboxClock clock) {
    TldCatalogue catalogue = TldCatalogue.standard();
    return new SandboxEngine(config, clock, catalogue, StateReader.read(state, catalogue));
  }

  /** Everything needed to {@link #restore} this sandbox later. */
  public JsonNode exportState() {
    TokenBuffer buffer = TokenBuffer.forGeneration();
    writeTo(buffer);
    return MAPPER.readTree(buffer);
  }

  /**
   * Streams {@link #exportState()}'s JSON (UTF-8) to {@code out} without building a tree: the
   * cheaper way to save a large sandbox. Does not close {@code out}.
   */
  public void writeState(OutputStream out) {
    try (JsonGenerator generator = MAPPER.createGenerator(out)) {
      writeTo(generator);
    }
  }

  private void writeTo(JsonGenerator generator) {
    readLock.lock();
    try {
      StateWriter.write(state, clock.instant().getEpochSecond(), generator);
    } finally {
      readLock.unlock();
    }
  }

  /**
   * Runs one API action.
   *
   * @param action lower-case {@code module/action}, no leading or trailing slash
   * @param params the decoded body, including {@code apiuser} and {@code apipasswd}
   * @param callerIp the caller's address, echoed by {@code tool/hello} and {@code account/info}
   * @throws ApiError with the documented code for every refusal (102 for an unknown action)
   */
  public ApiResult call(String action, Params params, String callerIp) {
    authenticate(params);
    ActionTable.Entry entry =
        actions
            .find(action)
            .orElseThrow(
                () -> new ApiError(ErrorCodes.INVALID_ACTION, "Invalid object/action: " + action));
    CallContext call =
        new CallContext(
            clock.instant().getEpochSecond(), callerIp == null ? "" : callerIp, config.apiUser());
    if (entry.writes()) {
      writeLock.lock();
      try {
        Lifecycle.processDue(state, call.minute());
        return entry.action().run(state, params, call);
      } finally {
        afterWrite();
        writeLock.unlock();
      }
    }
    if (nextDueMinute <= call.minute()) {
      runDue(call.minute());
    }
    readLock.lock();
    try {
      return entry.action().run(state, params, call);
    } finally {
      readLock.unlock();
    }
  }

  /** Whether {@code action} is one this sandbox implements (for fault targeting). */
  public boolean knows(String action) {
    return actions.find(action).isPresent();
  }

  /**
   * Control API: a domain held at another registrar, so that {@code domain/transfer} can take it:
   * {@code domain}, {@code authcode} (required where the zone needs one), optional {@code expiry}
   * ({@code YYYY-MM-DD}), {@code locked} and {@code nameservers}. Returns a summary without the
   * auth code.
   */
  public JsonNode addForeignDomain(Params params) {
    CallContext call = controlCall();
    writeLock.lock();
    try {
      Lifecycle.processDue(state, call.minute());
      return ControlOperations.addForeignDomain(state, params, call);
    } finally {
      afterWrite();
      writeLock.unlock();
    }
  }

  /**
   * Control API: change the account: {@code balance}, {@code threshold}, {@code currency}, {@code
   * clientName} (any of them). Returns the account.
   */
  public JsonNode updateAccount(Params params) {
    writeLock.lock();
    try {
      return ControlOperations.updateAccount(state, params);
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Control API: move time forward by {@code advanceDays} and/or {@code advanceMinutes} (positive)
   * and run every transition that falls due. Returns {@code {now, transitions}}.
   */
  public JsonNode advanceClock(Params params) {
    writeLock.lock();
    try {
      long minutes = ControlOperations.advanceMinutes(params, clock.instant().getEpochSecond());
      clock.advance(Duration.ofMinutes(minutes));
      long now = clock.instant().getEpochSecond();
      int transitions = Lifecycle.processDue(state, Math.floorDiv(now, 60));
      ObjectNode summary = Json.object();
      summary.put("now", Dates.timestamp(now));
      summary.put("transitions", transitions);
      return summary;
    } finally {
      afterWrite();
      writeLock.unlock();
    }
  }

  /**
   * Control API: the internal state of one domain (either spelling of its name): every field, how
   * often it was created, transferred and renewed, the balance and the charges for it. Also answers
   * for deleted names ({@code status: deleted}) and domains held elsewhere ({@code status:
   * foreign}); empty for names the sandbox does not know.
   */
  public Optional<JsonNode> domainState(String name) {
    long minute = Math.floorDiv(clock.instant().getEpochSecond(), 60);
    if (nextDueMinute <= minute) {
      runDue(minute);
    }
    readLock.lock();
    try {
      return DomainStateView.of(state, name).map(node -> (JsonNode) node);
    } finally {
      readLock.unlock();
    }
  }

  /**
   * Control API: back to the state {@link #create} produced, with the same seed, anchored at the
   * clock's current time (the clock itself never goes back).
   */
  public void reset() {
    SandboxState fresh = Seeder.fresh(config, catalogue, clock.instant().getEpochSecond());
    writeLock.lock();
    try {
      state = fresh;
    } finally {
      afterWrite();
      writeLock.unlock();
    }
  }

  public SandboxClock clock() {
    return clock;
  }

  private CallContext controlCall() {
    return new CallContext(clock.instant().getEpochSecond(), "", HistoryEntry.SYSTEM);
  }

  private void runDue(long minute) {
    writeLock.lock();
    try {
      Lifecycle.processDue(state, minute);
    } finally {
      afterWrite();
      writeLock.unlock();
    }
  }

  /** Under the write lock: tidy up and publish when the next transition is due. */
  private void afterWrite() {
    state.domains.compact();
    nextDueMinute = state.queue.peekMinute();
  }

  /**
   * Missing credentials are 200 (login required), as §9 suggests; a wrong user 1003, a wrong
   * password 1004. The password is compared in constant time and never echoed.
   */
  private void authenticate(Params params) {
    Optional<String> user = params.text("apiuser");
    if (user.isEmpty()) {
      throw new ApiError(ErrorCodes.LOGIN_REQUIRED, "Login required: missing parameter apiuser");
    }
    Optional<String> password = params.text("apipasswd");
    if (password.isEmpty()) {
      throw new ApiError(ErrorCodes.LOGIN_REQUIRED, "Login required: missing parameter apipasswd");
    }
    if (!user.get().equals(config.apiUser())) {
      throw new ApiError(ErrorCodes.ACCOUNT_NOT_EXISTS, "Account does not exist");
    }
    if (!MessageDigest.isEqual(
        password.get().getBytes(StandardCharsets.UTF_8),
        config.apiPassword().getBytes(StandardCharsets.UTF_8))) {
      throw new ApiError(ErrorCodes.INVALID_PASSWORD, "Invalid password");
    }
  }
}
