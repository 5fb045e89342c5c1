package org.regdesk.registrar.tck.fake;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.regdesk.registrar.spi.RegistrarProvider;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.Contact;
import org.regdesk.registrar.spi.value.ContactType;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.RoleContact;
import org.regdesk.registrar.tck.DomainHeldElsewhere;
import org.regdesk.registrar.tck.InjectedFault;
import org.regdesk.registrar.tck.RegistrarOperation;
import org.regdesk.registrar.tck.RegistrarTckFixture;

/** The fixture for the fake plugin: a fresh fake registry per test, steered directly. */
public final class FakeFixture implements RegistrarTckFixture {

  private static final String WRONG_KEY = "Wrong-Key-55d0e8b1";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final FakeRegistry registry = new FakeRegistry(clock, FakeRegistrarProvider.REQUIREMENTS);
  private final FakeRegistrarProvider provider;
  private final AtomicInteger serial = new AtomicInteger();

  /**
   * A fixture for the fake plugin.
   *
   * @param capabilities what the plugin declares
   * @param defects the bugs planted in it
   */
  FakeFixture(Set<Capability> capabilities, Set<Defect> defects) {
    this.provider = new FakeRegistrarProvider(registry, capabilities, defects);
  }

  /** A healthy fake that declares every capability. */
  public static FakeFixture healthy() {
    return new FakeFixture(EnumSet.allOf(Capability.class), EnumSet.noneOf(Defect.class));
  }

  @Override
  public RegistrarProvider provider() {
    return provider;
  }

  @Override
  public Map<String, String> settings() {
    return Map.of("apiUsername", "tck-reseller", "apiKey", FakeRegistry.API_KEY);
  }

  @Override
  public Map<String, String> settingsWithBadCredentials() {
    return Map.of("apiUsername", "tck-reseller", "apiKey", WRONG_KEY);
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public DomainName freshAvailableName() {
    return DomainName.of("tck-" + serial.incrementAndGet(), "com");
  }

  @Override
  public DomainName takenName() {
    return DomainName.of("taken-by-someone", "com");
  }

  @Override
  public DomainName unsupportedTldName() {
    return DomainName.of("tck-offer", "unsold");
  }

  @Override
  public Optional<DomainName> premiumName() {
    return Optional.of(DomainName.of("premium-" + serial.incrementAndGet(), "com"));
  }

  @Override
  public Optional<DomainName> nameTheRegistryRefuses() {
    return Optional.of(DomainName.of("ab", "com"));
  }

  @Override
  public DomainHeldElsewhere domainHeldElsewhere() {
    int n = serial.incrementAndGet();
    DomainName name = DomainName.of("away-" + n, "net");
    String code = "EPP-" + n + "-Zx81q";
    registry.addElsewhere(name.ascii(), code);
    return new DomainHeldElsewhere(name, AuthCode.of(code));
  }

  @Override
  public Contacts contactsFor(DomainName domain) {
    Contact contact =
        Contact.builder()
            .type(ContactType.ORGANISATION)
            .firstName("Ana")
            .lastName("García")
            .organisationName("Hosting Ejemplo SL")
            .identityNumber("B12345678")
            .email("ana@hosting.example")
            .phone("+34.912345678")
            .address("Calle Mayor 1", "2º B")
            .city("Madrid")
            .state("Madrid")
            .postalCode("28013")
            .country("ES")
            .build();
    return Contacts.allRoles(RoleContact.of(contact));
  }

  @Override
  public void settlePendingOperations() {
    clock.advance(Duration.ofDays(6));
  }

  @Override
  public void inject(RegistrarOperation operation, InjectedFault fault) {
    registry.inject(action(operation), fault);
  }

  @Override
  public void clearFaults() {
    registry.clearFaults();
  }

  @Override
  public void emptyBalance() {
    registry.setBalance(BigDecimal.ZERO);
  }

  @Override
  public void refillBalance() {
    registry.setBalance(FakeRegistry.FULL_BALANCE);
  }

  @Override
  public long callsReached(RegistrarOperation operation) {
    return registry.calls(action(operation));
  }

  @Override
  public long callsReached() {
    return registry.totalCalls();
  }

  private static String action(RegistrarOperation operation) {
    return switch (operation) {
      case CHECK_AVAILABILITY -> "check";
      case GET_DOMAIN -> "info";
      case REGISTER -> "create";
      case TRANSFER -> "transfer";
      case RENEW -> "renew";
      case LIST_DOMAINS -> "list";
    };
  }
}
