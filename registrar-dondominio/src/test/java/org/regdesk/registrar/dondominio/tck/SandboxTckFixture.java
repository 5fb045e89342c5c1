package org.regdesk.registrar.dondominio.tck;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.http.ApiCall;
import org.regdesk.dondominio.sandbox.http.Fault;
import org.regdesk.registrar.dondominio.DonDominioRegistrarProvider;
import org.regdesk.registrar.dondominio.config.SettingKeys;
import org.regdesk.registrar.dondominio.support.People;
import org.regdesk.registrar.dondominio.support.SandboxControl;
import org.regdesk.registrar.spi.RegistrarProvider;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.tck.DomainHeldElsewhere;
import org.regdesk.registrar.tck.InjectedFault;
import org.regdesk.registrar.tck.RegistrarOperation;
import org.regdesk.registrar.tck.RegistrarTckFixture;

/**
 * The contract suite's view of a running DonDominio sandbox, reached over HTTP like production:
 * names follow the sandbox's documented rules ({@code taken-…} is held elsewhere, {@code premium-…}
 * costs 499.00), time is the sandbox's fixed clock moved by hand, faults go through its fault plan,
 * the balance through its control API, and requests are counted in its call journal.
 */
final class SandboxTckFixture implements RegistrarTckFixture {

  /** The sandbox's API user. */
  static final String API_USER = "tck-reseller";

  /** The sandbox's API password: distinctive, so the suite's secret search means something. */
  static final String API_KEY = "tck-Key-7f3a91c2";

  private static final String WRONG_API_KEY = "tck-Wrong-Key-55d0e8b1";

  /** Covers every charged operation of one test (the sandbox is reset before each). */
  static final String FULL_BALANCE = "100000";

  /** An outage lasts until cleared: more requests than any test sends. */
  private static final int OUTAGE_REQUESTS = 100_000;

  /** DonDominio's "TLD under maintenance": the request did not take effect, try later. */
  private static final int TLD_UNDER_MAINTENANCE = 2003;

  /** Longer than a good transfer takes (5 minutes and 5 days), shorter than a wrong code waits. */
  private static final int SETTLING_DAYS = 6;

  /** Names stay unique across tests and fixtures, although the sandbox forgets between tests. */
  private static final AtomicInteger SERIAL = new AtomicInteger();

  private final Sandbox sandbox;
  private final Map<String, Long> journalAtStart = new LinkedHashMap<>();
  private final long totalAtStart;

  SandboxTckFixture(Sandbox sandbox) {
    this.sandbox = sandbox;
    List<ApiCall> journal = sandbox.calls();
    for (ApiCall call : journal) {
      journalAtStart.merge(call.action(), 1L, Long::sum);
    }
    this.totalAtStart = journal.size();
  }

  @Override
  public RegistrarProvider provider() {
    return new DonDominioRegistrarProvider();
  }

  @Override
  public Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(SettingKeys.API_USERNAME, API_USER);
    settings.put(SettingKeys.API_KEY, API_KEY);
    settings.put(SettingKeys.ENVIRONMENT, "sandbox");
    settings.put(SettingKeys.SANDBOX_URL, sandbox.uri().toString());
    // the plugin declares PREMIUM_REGISTRATION: the suite registers a premium name with consent
    settings.put(SettingKeys.ALLOW_PREMIUM, "true");
    return settings;
  }

  @Override
  public Map<String, String> settingsWithBadCredentials() {
    Map<String, String> settings = settings();
    settings.put(SettingKeys.API_KEY, WRONG_API_KEY);
    return settings;
  }

  @Override
  public Clock clock() {
    return sandbox.clock();
  }

  @Override
  public DomainName freshAvailableName() {
    return DomainName.of("tck-fresh-" + SERIAL.incrementAndGet(), "com");
  }

  @Override
  public DomainName takenName() {
    return DomainName.of("taken-by-another-reseller", "com");
  }

  /** Neither the plugin's TLD list nor the sandbox's price list has {@code .zw}. */
  @Override
  public DomainName unsupportedTldName() {
    return DomainName.of("tck-offer", "zw");
  }

  @Override
  public Optional<DomainName> premiumName() {
    return Optional.of(DomainName.of("premium-tck-" + SERIAL.incrementAndGet(), "com"));
  }

  /** An internationalised name under {@code .pro}, a zone that takes none: 2001 at the registry. */
  @Override
  public Optional<DomainName> nameTheRegistryRefuses() {
    return Optional.of(DomainName.of("müller", "pro"));
  }

  @Override
  public DomainHeldElsewhere domainHeldElsewhere() {
    int n = SERIAL.incrementAndGet();
    DomainName name = DomainName.of("tck-away-" + n, "net");
    String code = "EPP-" + n + "-Zx81q";
    SandboxControl.addForeignDomain(sandbox, name.ascii(), code);
    return new DomainHeldElsewhere(name, AuthCode.of(code));
  }

  @Override
  public Contacts contactsFor(DomainName domain) {
    return People.all(People.ana());
  }

  @Override
  public void settlePendingOperations() {
    SandboxControl.advanceDays(sandbox, SETTLING_DAYS);
  }

  @Override
  public void inject(RegistrarOperation operation, InjectedFault fault) {
    String action = action(operation);
    sandbox.fault(
        switch (fault) {
          // an answer that says "not done, try later", never a cut connection (a lost answer)
          case UNAVAILABLE -> Fault.error(action, TLD_UNDER_MAINTENANCE).times(OUTAGE_REQUESTS);
          case APPLY_THEN_DROP -> Fault.applyThenDrop(action);
        });
  }

  @Override
  public void clearFaults() {
    sandbox.clearFaults();
  }

  @Override
  public void emptyBalance() {
    SandboxControl.account(sandbox, Map.of("balance", "0"));
  }

  @Override
  public void refillBalance() {
    SandboxControl.account(sandbox, Map.of("balance", FULL_BALANCE));
  }

  @Override
  public long callsReached(RegistrarOperation operation) {
    String action = action(operation);
    long now = sandbox.calls().stream().filter(call -> call.action().equals(action)).count();
    return now - journalAtStart.getOrDefault(action, 0L);
  }

  @Override
  public long callsReached() {
    return sandbox.calls().size() - totalAtStart;
  }

  private static String action(RegistrarOperation operation) {
    return switch (operation) {
      case CHECK_AVAILABILITY -> "domain/check";
      case GET_DOMAIN -> "domain/getinfo";
      case REGISTER -> "domain/create";
      case TRANSFER -> "domain/transfer";
      case RENEW -> "domain/renew";
      case LIST_DOMAINS -> "domain/list";
    };
  }
}
