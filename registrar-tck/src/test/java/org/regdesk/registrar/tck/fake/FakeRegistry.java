package org.regdesk.registrar.tck.fake;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.regdesk.registrar.spi.descriptor.TldRequirements;
import org.regdesk.registrar.spi.operation.Availability;
import org.regdesk.registrar.spi.value.Contact;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.DsRecord;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.RenewalMode;
import org.regdesk.registrar.spi.value.Tld;
import org.regdesk.registrar.spi.value.TldFieldValues;
import org.regdesk.registrar.tck.InjectedFault;

/**
 * The registrar's side of the fake: an account of domains, a balance, names held elsewhere, time,
 * faults, and a count of every request that reached it. Requests arrive through {@link #call},
 * which plays the wire: it refuses, authenticates, runs the action, and may drop the answer.
 */
final class FakeRegistry {

  static final String API_KEY = "Fake-Key-7f3a91c2";
  static final Set<String> SOLD_TLDS = Set.of("com", "net", "org", "aero", "fr", "xxx", "es");
  static final Set<String> TLDS_WITHOUT_LOCK = Set.of("es");
  static final BigDecimal YEARLY_PRICE = new BigDecimal("10.00");
  static final BigDecimal PREMIUM_YEARLY_PRICE = new BigDecimal("500.00");
  static final BigDecimal FULL_BALANCE = new BigDecimal("100000.00");
  static final Duration TRANSFER_TAKES = Duration.ofDays(5);
  static final Duration STUCK_TRANSFER_FAILS_AFTER = Duration.ofDays(10);

  /** A domain as the registry reports it over the wire. */
  record DomainView(
      String name,
      String id,
      String status,
      Optional<LocalDate> created,
      LocalDate expires,
      Optional<Boolean> lock,
      boolean privacy,
      RenewalMode renewalMode,
      List<String> nameservers,
      Map<ContactRole, Contact> contacts,
      boolean transferredIn) {}

  /** A glue record as stored: host and its addresses, either may be null. */
  record Glue(String host, String ipv4, String ipv6) {}

  private static final class Entry {
    String name;
    String id;
    String status;
    LocalDate created;
    LocalDate expires;
    boolean lock;
    boolean privacy;
    RenewalMode mode;
    List<String> nameservers = List.of();
    Map<ContactRole, Contact> contacts = new EnumMap<>(ContactRole.class);
    final Map<String, Glue> glue = new TreeMap<>();
    final Set<DsRecord> ds = new LinkedHashSet<>();
    String authCode;
    boolean transferredIn;
    Instant transferStarted;
    LocalDate expiresElsewhere;
  }

  private record Foreign(String authCode, LocalDate expires) {}

  private final MutableClock clock;
  private final Map<String, TldRequirements> requirements;
  private final Map<String, Entry> account = new TreeMap<>();
  private final Map<String, Foreign> elsewhere = new HashMap<>();
  private final Set<String> outages = new HashSet<>();
  private final Set<String> dropNext = new HashSet<>();
  private final Map<String, Integer> calls = new HashMap<>();
  private int totalCalls;
  private int nextId = 1000;
  private BigDecimal balance = FULL_BALANCE;

  FakeRegistry(MutableClock clock, Map<String, TldRequirements> requirements) {
    this.clock = clock;
    this.requirements = Map.copyOf(requirements);
  }

  // ---- the wire ----

  /** One request: refused during an outage, counted, authenticated, run, maybe answer dropped. */
  synchronized <T> T call(String action, String apiKey, Supplier<T> body) {
    if (outages.contains(action)) {
      throw new ConnectionLost(false);
    }
    totalCalls++;
    calls.merge(action, 1, Integer::sum);
    settleTime();
    T answer;
    try {
      if (!API_KEY.equals(apiKey)) {
        throw new RegistryError(RegistryError.Code.LOGIN_REFUSED, "login refused");
      }
      answer = body.get();
    } catch (RegistryError refused) {
      if (dropNext.remove(action)) {
        throw new ConnectionLost(true);
      }
      throw refused;
    }
    if (dropNext.remove(action)) {
      throw new ConnectionLost(true);
    }
    return answer;
  }

  // ---- test control ----

  synchronized void inject(String action, InjectedFault fault) {
    switch (fault) {
      case UNAVAILABLE -> outages.add(action);
      case APPLY_THEN_DROP -> dropNext.add(action);
    }
  }

  synchronized void clearFaults() {
    outages.clear();
    dropNext.clear();
  }

  synchronized void setBalance(BigDecimal amount) {
    balance = amount;
  }

  synchronized int calls(String action) {
    return calls.getOrDefault(action, 0);
  }

  synchronized int totalCalls() {
    return totalCalls;
  }

  synchronized void addElsewhere(String name, String authCode) {
    elsewhere.put(name, new Foreign(authCode, today().plusMonths(4)));
  }

  // ---- actions (run inside call) ----

  BigDecimal balance() {
    return balance;
  }

  Availability check(String name) {
    String label = name.substring(0, name.indexOf('.'));
    if (!SOLD_TLDS.contains(tldOf(name))) {
      return Availability.TLD_UNSUPPORTED;
    }
    if (label.length() < 3) {
      return Availability.INVALID;
    }
    return held(name) ? Availability.REGISTERED : Availability.AVAILABLE;
  }

  Optional<BigDecimal> premiumPrice(String name) {
    return name.startsWith("premium-") ? Optional.of(PREMIUM_YEARLY_PRICE) : Optional.empty();
  }

  List<String> transferObstacles(String name) {
    if (account.containsKey(name)) {
      return List.of("the domain is already in this account");
    }
    if (!elsewhere.containsKey(name)) {
      return List.of(held(name) ? "the current registrar refuses transfers" : "not registered");
    }
    return List.of();
  }

  DomainView create(
      String name,
      int years,
      Map<ContactRole, Contact> contacts,
      List<String> nameservers,
      boolean privacy,
      RenewalMode mode,
      TldFieldValues fields,
      Optional<BigDecimal> acceptedPremiumPrice) {
    Availability availability = check(name);
    switch (availability) {
      case TLD_UNSUPPORTED ->
          throw new RegistryError(RegistryError.Code.TLD_UNSUPPORTED, "TLD not sold");
      case INVALID -> throw new RegistryError(RegistryError.Code.INVALID_NAME, "invalid name");
      case REGISTERED -> throw new RegistryError(RegistryError.Code.TAKEN, "domain taken");
      default -> {}
    }
    Optional<BigDecimal> premium = premiumPrice(name);
    boolean accepted =
        premium.isPresent()
            && acceptedPremiumPrice.isPresent()
            && premium.get().compareTo(acceptedPremiumPrice.get()) == 0;
    if (premium.isPresent() && !accepted) {
      throw new RegistryError(
          RegistryError.Code.PREMIUM, "premium domain, price " + premium.get() + " per year");
    }
    checkFields(name, fields);
    charge(premium.orElse(YEARLY_PRICE).multiply(BigDecimal.valueOf(years)));
    Entry entry = new Entry();
    entry.name = name;
    entry.id = "D" + nextId++;
    entry.status = "active";
    entry.created = today();
    entry.expires = today().plusYears(years);
    entry.lock = !TLDS_WITHOUT_LOCK.contains(tldOf(name));
    entry.privacy = privacy;
    entry.mode = mode;
    entry.nameservers = List.copyOf(nameservers);
    entry.contacts.putAll(contacts);
    entry.authCode = "EPP-" + entry.id + "-q7Zr";
    account.put(name, entry);
    return view(entry);
  }

  DomainView transfer(String name, String authCode, Map<ContactRole, Contact> contacts) {
    if (!SOLD_TLDS.contains(tldOf(name))) {
      throw new RegistryError(RegistryError.Code.TLD_UNSUPPORTED, "TLD not sold");
    }
    List<String> obstacles = transferObstacles(name);
    if (!obstacles.isEmpty()) {
      throw new RegistryError(RegistryError.Code.TRANSFER_REFUSED, obstacles.get(0));
    }
    charge(YEARLY_PRICE);
    Foreign foreign = elsewhere.get(name);
    Entry entry = new Entry();
    entry.name = name;
    entry.id = "D" + nextId++;
    entry.transferredIn = true;
    entry.transferStarted = clock.instant();
    entry.status = foreign.authCode().equals(authCode) ? "transfer-pending" : "transfer-waiting";
    entry.expiresElsewhere = foreign.expires();
    entry.expires = foreign.expires();
    entry.lock = false;
    entry.mode = RenewalMode.MANUAL;
    entry.contacts.putAll(contacts);
    entry.authCode = "EPP-" + entry.id + "-t4Kd";
    account.put(name, entry);
    return view(entry);
  }

  String transferStatus(String name) {
    Entry entry = account.get(name);
    if (entry == null || !entry.transferredIn) {
      throw new RegistryError(RegistryError.Code.NOT_FOUND, "no transfer of " + name);
    }
    return entry.status;
  }

  String restartTransfer(String name, Optional<String> authCode) {
    Entry entry = account.get(name);
    if (entry == null || !entry.transferredIn) {
      throw new RegistryError(RegistryError.Code.NOT_FOUND, "no transfer of " + name);
    }
    if (!entry.status.equals("transfer-waiting") && !entry.status.equals("transfer-failed")) {
      throw new RegistryError(RegistryError.Code.TRANSFER_REFUSED, "transfer is not stalled");
    }
    Foreign foreign = elsewhere.get(name);
    entry.transferStarted = clock.instant();
    entry.status =
        authCode.isPresent() && authCode.get().equals(foreign.authCode())
            ? "transfer-pending"
            : "transfer-waiting";
    return entry.status;
  }

  DomainView renew(String name, int years, LocalDate currentExpiry) {
    Entry entry = existing(name);
    if (!entry.status.equals("active")) {
      throw new RegistryError(
          RegistryError.Code.RENEW_REFUSED, "not renewable while " + entry.status);
    }
    if (!entry.expires.equals(currentExpiry)) {
      throw new RegistryError(RegistryError.Code.RENEW_REFUSED, "current expiry does not match");
    }
    charge(YEARLY_PRICE.multiply(BigDecimal.valueOf(years)));
    entry.expires = entry.expires.plusYears(years);
    return view(entry);
  }

  DomainView info(String name) {
    if (!SOLD_TLDS.contains(tldOf(name))) {
      // as DonDominio does: a lookup under a TLD the registry lacks is "TLD not supported"
      throw new RegistryError(RegistryError.Code.TLD_UNSUPPORTED, "TLD not sold");
    }
    return view(existing(name));
  }

  /** The domains from an offset, in name order, and how many there are. */
  Map.Entry<List<DomainView>, Integer> list(int offset, int limit) {
    List<DomainView> page = new ArrayList<>();
    int index = 0;
    for (Entry entry : account.values()) {
      if (index >= offset && page.size() < limit) {
        page.add(view(entry));
      }
      index++;
    }
    return Map.entry(page, account.size());
  }

  void updateContacts(String name, Map<ContactRole, Contact> contacts) {
    existing(name).contacts.putAll(contacts);
  }

  void updateNameservers(String name, List<String> nameservers) {
    existing(name).nameservers = List.copyOf(nameservers);
  }

  List<Glue> glue(String name) {
    return List.copyOf(existing(name).glue.values());
  }

  void createGlue(String name, Glue glue) {
    Entry entry = existing(name);
    if (entry.glue.containsKey(glue.host())) {
      throw new RegistryError(RegistryError.Code.UPDATE_REFUSED, "host exists");
    }
    entry.glue.put(glue.host(), glue);
  }

  void updateGlue(String name, Glue glue) {
    Entry entry = existing(name);
    if (!entry.glue.containsKey(glue.host())) {
      throw new RegistryError(RegistryError.Code.NOT_FOUND, "no glue for " + glue.host());
    }
    entry.glue.put(glue.host(), glue);
  }

  void deleteGlue(String name, String host) {
    if (existing(name).glue.remove(host) == null) {
      throw new RegistryError(RegistryError.Code.NOT_FOUND, "no glue for " + host);
    }
  }

  void updateLock(String name, boolean locked) {
    if (TLDS_WITHOUT_LOCK.contains(tldOf(name))) {
      throw new RegistryError(RegistryError.Code.NO_LOCK, "no lock for this TLD");
    }
    existing(name).lock = locked;
  }

  void updatePrivacy(String name, boolean enabled) {
    existing(name).privacy = enabled;
  }

  void updateRenewalMode(String name, RenewalMode mode) {
    existing(name).mode = mode;
  }

  String authCode(String name) {
    return existing(name).authCode;
  }

  List<DsRecord> dsRecords(String name) {
    return List.copyOf(existing(name).ds);
  }

  void addDs(String name, DsRecord record) {
    existing(name).ds.add(record);
  }

  void removeDs(String name, DsRecord record) {
    if (!existing(name).ds.remove(record)) {
      throw new RegistryError(RegistryError.Code.NOT_FOUND, "no such DS record");
    }
  }

  // ---- inside ----

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static String tldOf(String name) {
    return name.substring(name.indexOf('.') + 1);
  }

  private boolean held(String name) {
    return account.containsKey(name) || elsewhere.containsKey(name) || name.startsWith("taken-");
  }

  private Entry existing(String name) {
    Entry entry = account.get(name);
    if (entry == null) {
      throw new RegistryError(RegistryError.Code.NOT_FOUND, name + " is not in the account");
    }
    return entry;
  }

  private void charge(BigDecimal price) {
    if (balance.compareTo(price) < 0) {
      throw new RegistryError(RegistryError.Code.NO_FUNDS, "insufficient balance");
    }
    balance = balance.subtract(price);
  }

  private void checkFields(String name, TldFieldValues fields) {
    TldRequirements required = requirements.get(tldOf(name));
    if (required == null) {
      return;
    }
    List<FieldError> errors = required.validate(fields);
    if (!errors.isEmpty()) {
      throw new RegistryError(
          RegistryError.Code.FIELDS,
          "parameter fault",
          errors.stream().map(FieldError::field).toList());
    }
  }

  /** Moves transfers along with time: a good one completes, a stuck one fails. */
  private void settleTime() {
    Instant now = clock.instant();
    for (Entry entry : account.values()) {
      if (entry.status.equals("transfer-pending")
          && !now.isBefore(entry.transferStarted.plus(TRANSFER_TAKES))) {
        entry.status = "active";
        entry.created = today();
        LocalDate base = entry.expiresElsewhere.isAfter(today()) ? entry.expiresElsewhere : today();
        entry.expires = base.plusYears(1);
        elsewhere.remove(entry.name);
      } else if (entry.status.equals("transfer-waiting")
          && !now.isBefore(entry.transferStarted.plus(STUCK_TRANSFER_FAILS_AFTER))) {
        entry.status = "transfer-failed";
      }
    }
  }

  private DomainView view(Entry entry) {
    return new DomainView(
        entry.name,
        entry.id,
        entry.status,
        Optional.ofNullable(entry.created),
        entry.expires,
        TLDS_WITHOUT_LOCK.contains(tldOf(entry.name)) ? Optional.empty() : Optional.of(entry.lock),
        entry.privacy,
        entry.mode,
        entry.nameservers,
        Map.copyOf(entry.contacts),
        entry.transferredIn);
  }

  static boolean sells(Tld tld) {
    return SOLD_TLDS.contains(tld.ascii());
  }
}
