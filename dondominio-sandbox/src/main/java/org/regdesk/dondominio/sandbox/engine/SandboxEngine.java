package org.regdesk.dondominio.sandbox.engine;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's state and the API actions on it, independent of HTTP. The transport decodes a
 * request into an action name and {@link Params}, calls {@link #call}, and writes the envelope.
 * Thread-safe.
 *
 * <p>SEAM SKELETON: only {@code tool/hello} answers yet; the engine is being written.
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

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Config config;
  private final SandboxClock clock;

  private SandboxEngine(Config config, SandboxClock clock) {
    this.config = config;
    this.clock = clock;
  }

  /** A fresh sandbox: account from the config, TLD catalogue, seeded domains. */
  public static SandboxEngine create(Config config, SandboxClock clock) {
    return new SandboxEngine(config, clock);
  }

  /** A sandbox restored from {@link #exportState()} (the {@code --state} file). */
  public static SandboxEngine restore(JsonNode state, Config config, SandboxClock clock) {
    return new SandboxEngine(config, clock);
  }

  /** Everything needed to {@link #restore} this sandbox later. */
  public JsonNode exportState() {
    return JSON.objectNode();
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
    if (action.equals("tool/hello")) {
      ObjectNode data = JSON.objectNode();
      data.put("ip", callerIp);
      data.put("lang", "en");
      data.put("version", "1.0.26");
      return ApiResult.of(data);
    }
    throw new ApiError(ErrorCodes.INVALID_ACTION, "Invalid object/action: " + action);
  }

  /** Whether {@code action} is one this sandbox implements (for fault targeting). */
  public boolean knows(String action) {
    return action.equals("tool/hello");
  }

  /** Control API: a domain held at another registrar ({@code domain}, {@code authcode}). */
  public JsonNode addForeignDomain(Params params) {
    throw new ApiError(ErrorCodes.NOT_IMPLEMENTED);
  }

  /** Control API: change the account ({@code balance}, {@code threshold}, ...). */
  public JsonNode updateAccount(Params params) {
    throw new ApiError(ErrorCodes.NOT_IMPLEMENTED);
  }

  /** Control API: move time ({@code advanceDays} or {@code advanceMinutes}). */
  public JsonNode advanceClock(Params params) {
    throw new ApiError(ErrorCodes.NOT_IMPLEMENTED);
  }

  /** Control API: the internal state of one domain, its create/renew counts and the charges. */
  public Optional<JsonNode> domainState(String name) {
    return Optional.empty();
  }

  /** Control API: back to the state {@link #create} produced. */
  public void reset() {}

  public SandboxClock clock() {
    return clock;
  }

  private void authenticate(Params params) {
    String user = params.required("apiuser");
    String password = params.required("apipasswd");
    if (!user.equals(config.apiUser())) {
      throw new ApiError(ErrorCodes.ACCOUNT_NOT_EXISTS, "Account does not exist");
    }
    if (!password.equals(config.apiPassword())) {
      throw new ApiError(ErrorCodes.INVALID_PASSWORD, "Invalid password");
    }
  }
}
