package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.RegistrarContext;
import org.regdesk.registrar.spi.RegistrarProvider;
import org.regdesk.registrar.spi.audit.RegistrarCall;
import org.regdesk.registrar.spi.descriptor.Capabilities;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.descriptor.RegistrarDescriptor;
import org.regdesk.registrar.spi.descriptor.RegistrarSettings;
import org.regdesk.registrar.spi.error.InvalidInputException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.ProvisioningResult;
import org.regdesk.registrar.spi.operation.RegisterRequest;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.Money;
import org.regdesk.registrar.spi.value.Period;
import org.regdesk.registrar.spi.value.Tld;

/**
 * One test's view of the plugin: the fixture, the descriptor, registrars created the way the host
 * creates them (settings bound to the schema, the fixture's clock, an audit sink and a logger the
 * suite reads), the secrets seen so far, and the steps many tests share.
 */
final class TckSession implements AutoCloseable {

  /** Secrets shorter than this are not searched for: they would match ordinary text. */
  static final int SHORTEST_SECRET_SEARCHED = 6;

  private static final String HOST_VERSION = "Regdesk-TCK";

  private final RegistrarTckFixture fixture;
  private final RegistrarProvider provider;
  private final RegistrarDescriptor descriptor;
  private final List<RegistrarCall> audit = new CopyOnWriteArrayList<>();
  private final CapturingLogger logger = new CapturingLogger();
  private final Map<String, String> secrets = new LinkedHashMap<>();
  private Registrar registrar;
  private Registrar badCredentialRegistrar;

  TckSession(RegistrarTckFixture fixture) {
    this.fixture = present(fixture, "RegistrarTck.fixture() returned null");
    this.provider = present(fixture.provider(), "the fixture's provider() returned null");
    this.descriptor = present(provider.descriptor(), "the provider's descriptor() returned null");
  }

  RegistrarTckFixture fixture() {
    return fixture;
  }

  RegistrarProvider provider() {
    return provider;
  }

  RegistrarDescriptor descriptor() {
    return descriptor;
  }

  Capabilities capabilities() {
    return descriptor.capabilities();
  }

  /** The registrar with the fixture's working settings, created on first use. */
  Registrar registrar() {
    if (registrar == null) {
      registrar = create(fixture.settings(), "settings()");
    }
    return registrar;
  }

  /** A registrar with the fixture's refused credentials, created on first use. */
  Registrar registrarWithBadCredentials() {
    if (badCredentialRegistrar == null) {
      badCredentialRegistrar =
          create(fixture.settingsWithBadCredentials(), "settingsWithBadCredentials()");
    }
    return badCredentialRegistrar;
  }

  private Registrar create(Map<String, String> values, String source) {
    present(values, "the fixture's " + source + " returned null");
    RegistrarSettings settings;
    try {
      settings = descriptor.settings().bind(values);
    } catch (InvalidValueException e) {
      return fail("the fixture's " + source + " do not satisfy the plugin's settings schema: " + e);
    }
    for (String secret : settings.secretValues()) {
      rememberSecret(secret, "a secret setting value from " + source);
    }
    RegistrarContext context =
        new RegistrarContext(settings, fixture.clock(), audit::add, logger, HOST_VERSION);
    try {
      return present(provider.create(context), "the provider's create() returned null");
    } catch (InvalidInputException e) {
      return fail("the provider refused the fixture's " + source + ": " + e.getMessage());
    }
  }

  /** Every call the plugin audited so far, with either registrar. */
  List<RegistrarCall> audit() {
    return List.copyOf(audit);
  }

  /** Every line the plugin logged so far, with either registrar. */
  List<String> logLines() {
    return logger.lines();
  }

  /**
   * Remembers a value that must never show up in audit rows, logs or messages.
   *
   * @param value the secret
   * @param description what it is, for failure messages (never the value itself)
   */
  void rememberSecret(String value, String description) {
    if (value != null && value.strip().length() >= SHORTEST_SECRET_SEARCHED) {
      secrets.putIfAbsent(value.strip(), description);
    }
  }

  /**
   * The texts in which a secret would be found: the secret as is and URL-encoded, each mapped to
   * its description.
   */
  Map<String, String> secretForms() {
    Map<String, String> forms = new LinkedHashMap<>();
    secrets.forEach(
        (value, description) -> {
          forms.put(value, description);
          forms.putIfAbsent(
              URLEncoder.encode(value, StandardCharsets.UTF_8), description + " (URL-encoded)");
        });
    return forms;
  }

  /** Aborts the test, reported as skipped, unless the plugin declares the capability. */
  void require(Capability capability) {
    Assumptions.assumeTrue(
        capabilities().supports(capability), () -> "the plugin does not declare " + capability);
  }

  /** Aborts the test unless the plugin declares the capability for this TLD. */
  void require(Capability capability, Tld tld) {
    require(capability);
    Assumptions.assumeTrue(
        capabilities().supports(capability, tld),
        () -> "the plugin declares " + capability + " except for ." + tld);
  }

  /** Today in the registrar's clock. */
  LocalDate today() {
    return LocalDate.ofInstant(fixture.clock().instant(), fixture.clock().getZone());
  }

  /** A registration of the name for the fixture's contacts, with the request defaults. */
  RegisterRequest.Builder registration(DomainName domain, Period period) {
    Contacts contacts =
        present(fixture.contactsFor(domain), "the fixture's contactsFor() returned null");
    return RegisterRequest.builder(domain, period, contacts);
  }

  /**
   * Registers a fresh name for a year and waits until it is registered.
   *
   * @return the name, now registered in the account
   */
  DomainName registerFreshDomain() throws RegistrarException {
    DomainName name = fixture.freshAvailableName();
    require(Capability.REGISTER, name.tld());
    ProvisioningResult result = registrar().register(registration(name, Period.ofYears(1)).build());
    assertEquals(name, result.domain().name(), "register() must report the domain it registered");
    registeredSnapshot(name);
    return name;
  }

  /**
   * A domain in the account that the test may change: a freshly registered one when the plugin
   * registers, else the fixture's; aborts when there is neither.
   */
  DomainName domainInAccount() throws RegistrarException {
    DomainName fresh = fixture.freshAvailableName();
    if (capabilities().supports(Capability.REGISTER, fresh.tld())) {
      return registerFreshDomain();
    }
    Optional<DomainName> given = fixture.domainInAccount();
    Assumptions.assumeTrue(
        given.isPresent(),
        "the test needs a domain in the account: the plugin does not declare REGISTER and the"
            + " fixture's domainInAccount() is empty");
    registeredSnapshot(given.get());
    return given.get();
  }

  /**
   * Looks the domain up, settling pending operations once if needed, and checks it is registered.
   */
  DomainSnapshot registeredSnapshot(DomainName name) throws RegistrarException {
    DomainSnapshot first = registrar().getDomain(name);
    if (first.status().isPending()) {
      fixture.settlePendingOperations();
    }
    DomainSnapshot snapshot = first.status().isPending() ? registrar().getDomain(name) : first;
    assertEquals(name, snapshot.name(), "getDomain() must report the domain asked for");
    assertTrue(
        snapshot.status().isRegistered(),
        () ->
            name
                + " should be registered in the account by now, but getDomain() reports "
                + snapshot.status()
                + " ("
                + snapshot.registrarStatus()
                + ")");
    return snapshot;
  }

  /** The domain's expiry, which a registered domain's snapshot must report. */
  LocalDate expiryOf(DomainName name) throws RegistrarException {
    DomainSnapshot snapshot = registeredSnapshot(name);
    return snapshot
        .expires()
        .orElseGet(() -> fail("getDomain(" + name + ") must report the expiry date"));
  }

  /** The balance, if the connection test reports one. */
  Optional<Money> balance() {
    return registrar().testConnection().balance();
  }

  private static <T> T present(T value, String problem) {
    return value != null ? value : fail(problem);
  }

  @Override
  public void close() {
    List<RuntimeException> problems = new ArrayList<>();
    for (Registrar created : new Registrar[] {registrar, badCredentialRegistrar}) {
      if (created != null) {
        try {
          created.close();
        } catch (RuntimeException e) {
          problems.add(e);
        }
      }
    }
    fixture.close();
    if (!problems.isEmpty()) {
      fail("Registrar.close() must not throw", problems.get(0));
    }
  }
}
