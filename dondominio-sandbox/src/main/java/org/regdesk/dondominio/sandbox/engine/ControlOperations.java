package org.regdesk.dondominio.sandbox.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The control API's changes to the state (domains held elsewhere, the account) and its view of one
 * domain. Every parameter is validated before anything changes; refusals are {@link ApiError}s
 * whose message names the field.
 */
final class ControlOperations {
  static final int DEFAULT_FOREIGN_EXPIRY_DAYS = 180;
  static final Nameservers FOREIGN_NAMESERVERS =
      new Nameservers(List.of("ns1.other-registrar.net", "ns2.other-registrar.net"), false, "");
  private static final BigDecimal MAX_MONEY = new BigDecimal("1000000000");

  private ControlOperations() {}

  /**
   * {@code domain} (required), {@code authcode} (required where the zone needs one), {@code expiry}
   * ({@code YYYY-MM-DD}, default 180 days ahead), {@code locked} (default false), {@code
   * nameservers} (2-7 hosts, default {@link #FOREIGN_NAMESERVERS}). Adding a name again replaces
   * it.
   */
  static ObjectNode addForeignDomain(SandboxState state, Params params, CallContext call) {
    String input = params.required("domain");
    DomainName name;
    try {
      name = DomainName.parse(input, state.catalogue);
    } catch (ApiError e) {
      throw ApiError.invalid("domain", String.join("; ", e.messages()));
    }
    // while a transfer is in progress the other side may still change (a new code, a lock)
    boolean transferring =
        state
            .domains
            .byName(name.ascii())
            .map(
                d ->
                    d.status == DomainStatus.TRANSFER_INIT
                        || d.status == DomainStatus.TRANSFER_PENDING)
            .orElse(false);
    if (Availability.of(state, name) == Availability.IN_ACCOUNT && !transferring) {
      throw ApiError.invalid("domain", name.unicode() + " is already in the sandbox account");
    }
    Optional<String> authcode = params.text("authcode");
    if (authcode.isEmpty() && name.tld().authcodeRequired()) {
      throw ApiError.missing("authcode");
    }
    if (authcode.isPresent() && authcode.get().length() > 64) {
      throw ApiError.invalid("authcode", "at most 64 characters");
    }
    int expiry =
        params
            .text("expiry")
            .map(v -> Dates.parseIsoDay("expiry", v))
            .orElse(call.today() + DEFAULT_FOREIGN_EXPIRY_DAYS);
    boolean locked = params.flag("locked", false);
    List<String> hosts = params.list("nameservers");
    Nameservers nameservers =
        hosts.isEmpty()
            ? FOREIGN_NAMESERVERS
            : Nameservers.parse("nameservers", hosts, Nameservers.Use.CREATE).nameservers();

    ForeignDomain held = new ForeignDomain(name, authcode.orElse(""), expiry, locked, nameservers);
    state.foreign.put(name.ascii(), held);
    ObjectNode summary = Json.object();
    summary.put("domain", name.unicode());
    summary.put("punycode", name.ascii());
    summary.put("tld", name.tld().name());
    summary.put("expiry", Dates.day(expiry));
    summary.put("locked", locked);
    summary.put("authcodeRequired", name.tld().authcodeRequired());
    ArrayNode list = summary.putArray("nameservers");
    nameservers.hosts().forEach(list::add);
    return summary;
  }

  /**
   * {@code balance}, {@code threshold} (0 or more, at most 2 decimals), {@code currency} (ISO
   * 4217), {@code clientName}.
   */
  static ObjectNode updateAccount(SandboxState state, Params params) {
    Optional<BigDecimal> balance = money(params, "balance");
    Optional<BigDecimal> threshold = money(params, "threshold");
    Optional<String> currency = params.text("currency").map(ControlOperations::currency);
    Optional<String> clientName = params.text("clientName");
    if (clientName.isPresent()
        && (clientName.get().length() > 100
            || clientName.get().chars().anyMatch(Character::isISOControl))) {
      throw ApiError.invalid("clientName", "at most 100 characters, without control characters");
    }
    if (balance.isEmpty() && threshold.isEmpty() && currency.isEmpty() && clientName.isEmpty()) {
      throw new ApiError(
          ErrorCodes.PARAMETER_FAULT,
          "Missing parameter: one of balance, threshold, currency, clientName");
    }
    Account account = state.account;
    balance.ifPresent(account::setBalance);
    threshold.ifPresent(account::setThreshold);
    currency.ifPresent(account::setCurrency);
    clientName.ifPresent(account::setClientName);
    return accountSummary(account);
  }

  static ObjectNode accountSummary(Account account) {
    ObjectNode summary = Json.object();
    summary.put("clientName", account.clientName());
    summary.put("balance", account.balance());
    summary.put("threshold", account.threshold());
    summary.put("currency", account.currency());
    return summary;
  }

  private static Optional<BigDecimal> money(Params params, String field) {
    Optional<String> text = params.text(field);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(text.get());
    } catch (NumberFormatException e) {
      throw ApiError.invalid(field, "expected an amount such as 250.00");
    }
    if (amount.signum() < 0 || amount.compareTo(MAX_MONEY) > 0) {
      throw ApiError.invalid(field, "between 0 and " + MAX_MONEY.toPlainString());
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw ApiError.invalid(field, "at most 2 decimals");
    }
    return Optional.of(Account.money(amount));
  }

  private static String currency(String text) {
    try {
      return Currency.getInstance(text.toUpperCase(java.util.Locale.ROOT)).getCurrencyCode();
    } catch (IllegalArgumentException e) {
      throw ApiError.invalid("currency", "expected an ISO 4217 code such as EUR");
    }
  }

  /**
   * The latest time the sandbox clock may reach. The engine keeps instants as {@code int} epoch
   * minutes, which last until the year 6053; this leaves a wide margin and a round date.
   */
  static final long LATEST_EPOCH_SECOND = Instant.parse("3000-01-01T00:00:00Z").getEpochSecond();

  /**
   * How far {@code advanceDays} plus {@code advanceMinutes} move the clock from {@code
   * nowEpochSecond}, in minutes; 105 when one is not a positive integer, the total exceeds a
   * hundred years or the clock would pass the year 3000, 101 when neither is sent.
   */
  static long advanceMinutes(Params params, long nowEpochSecond) {
    Optional<Integer> days = params.integer("advanceDays");
    Optional<Integer> minutes = params.integer("advanceMinutes");
    if (days.isEmpty() && minutes.isEmpty()) {
      throw new ApiError(
          ErrorCodes.PARAMETER_FAULT, "Missing parameter: advanceDays or advanceMinutes");
    }
    if (days.isPresent() && days.get() < 1) {
      throw ApiError.invalid("advanceDays", "a positive number of days");
    }
    if (minutes.isPresent() && minutes.get() < 1) {
      throw ApiError.invalid("advanceMinutes", "a positive number of minutes");
    }
    long total = days.orElse(0) * (long) Dates.MINUTES_PER_DAY + minutes.orElse(0);
    String field = days.isPresent() ? "advanceDays" : "advanceMinutes";
    if (total > 100L * 366 * Dates.MINUTES_PER_DAY) {
      throw ApiError.invalid(field, "at most 100 years");
    }
    if (nowEpochSecond + total * 60 > LATEST_EPOCH_SECOND) {
      throw ApiError.invalid(field, "the sandbox clock cannot pass 3000-01-01");
    }
    return total;
  }
}
