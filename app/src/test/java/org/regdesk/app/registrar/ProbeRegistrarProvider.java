package org.regdesk.app.registrar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.RegistrarContext;
import org.regdesk.registrar.spi.RegistrarProvider;
import org.regdesk.registrar.spi.audit.CallAudit;
import org.regdesk.registrar.spi.descriptor.Capabilities;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.descriptor.ChoiceOption;
import org.regdesk.registrar.spi.descriptor.FieldDefinition;
import org.regdesk.registrar.spi.descriptor.RegistrarDescriptor;
import org.regdesk.registrar.spi.descriptor.SettingDefinition;
import org.regdesk.registrar.spi.descriptor.SettingsSchema;
import org.regdesk.registrar.spi.descriptor.TldRequirements;
import org.regdesk.registrar.spi.error.InvalidInputException;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.Availability;
import org.regdesk.registrar.spi.operation.AvailabilityResult;
import org.regdesk.registrar.spi.operation.ConnectionReport;
import org.regdesk.registrar.spi.operation.ContactPolicy;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.RoleContactPolicy;
import org.regdesk.registrar.spi.operation.TldPricing;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.ContactHandle;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Money;
import org.regdesk.registrar.spi.value.Tld;

/**
 * A registrar plugin for the desk's tests, found by {@link java.util.ServiceLoader} on the test
 * class path like any plugin. It has a setting of every type, makes no network calls, and reports
 * its "calls" through the call audit, some with its secrets in them, so tests see what the desk
 * stores and logs. Its connection test passes with the password {@value #RIGHT_PASSWORD}, reports
 * the registrar unreachable with {@value #UNREACHABLE}, and refused credentials otherwise.
 */
public final class ProbeRegistrarProvider implements RegistrarProvider {

  /** The plugin's name. */
  public static final String NAME = "probe";

  /** The password the probe registrar accepts. */
  public static final String RIGHT_PASSWORD = "right-password";

  /** The password that makes the probe registrar unreachable. */
  public static final String UNREACHABLE = "unreachable-password";

  /** The login the probe plugin refuses when it is created. */
  public static final String REFUSED_LOGIN = "refused";

  /** The auth code every probe domain has. */
  public static final String AUTH_CODE = "Probe-Auth-Code-5Kq9";

  /**
   * Settings that pass the connection test, for tests to configure the probe or put it back in
   * working order (the shared test desk's health reports it).
   *
   * @param login the login
   * @return the change
   */
  public static SettingsChange working(String login) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("login", login);
    values.put("password", RIGHT_PASSWORD);
    return SettingsChange.of(values);
  }

  @Override
  public RegistrarDescriptor descriptor() {
    return RegistrarDescriptor.builder(NAME, "Probe Registrar", "0.9.1")
        .settings(
            SettingsSchema.of(
                SettingDefinition.readOnlyText(
                        "note", "About", "Used by the desk's tests; makes no network calls.")
                    .build(),
                SettingDefinition.text("login", "Login").required().build(),
                SettingDefinition.secret("password", "Password")
                    .required()
                    .description("The probe account's password.")
                    .build(),
                SettingDefinition.secret("token", "Extra token").build(),
                SettingDefinition.choice(
                        "mode",
                        "Mode",
                        List.of(ChoiceOption.of("test", "Test"), ChoiceOption.of("live", "Live")))
                    .defaultValue("test")
                    .build(),
                SettingDefinition.yesNo("ownerLocked", "Lock the owner contact")
                    .defaultValue("false")
                    .build(),
                SettingDefinition.text("endpoint", "Endpoint")
                    .description("Where the probe registrar listens.")
                    .build()))
        .capabilities(
            Capabilities.of(
                    Capability.AVAILABILITY,
                    Capability.REGISTER,
                    Capability.TRANSFER,
                    Capability.TLD_PRICES,
                    Capability.LOCK,
                    Capability.AUTH_CODE)
                .except(Tld.of("es"), Capability.LOCK)
                .except(Tld.of("org"), Capability.REGISTER, Capability.TRANSFER))
        .requirements(
            new TldRequirements(
                Tld.of("cat"),
                List.of(FieldDefinition.text("intendedUse", "Intended Use").required().build()),
                Set.of()))
        .requirements(
            new TldRequirements(Tld.of("fr"), List.of(), Set.of(CustomerField.DATE_OF_BIRTH)))
        .requirements(new TldRequirements(Tld.of("io"), List.of(), Set.of()))
        .build();
  }

  @Override
  public Registrar create(RegistrarContext context) throws InvalidInputException {
    if (context.settings().require("login").equals(REFUSED_LOGIN)) {
      throw InvalidInputException.of("login", "is refused by the probe registrar");
    }
    return new ProbeRegistrar(context);
  }

  private static final class ProbeRegistrar implements Registrar {

    private final RegistrarContext context;
    private final CallAudit audit;
    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    ProbeRegistrar(RegistrarContext context) {
      this.context = context;
      this.audit = context.callAudit();
    }

    private String setting(String key) {
      return context.settings().value(key).orElse("");
    }

    @Override
    public ConnectionReport testConnection() {
      String password = setting("password");
      String mode = setting("mode");
      Map<String, String> params = new LinkedHashMap<>();
      params.put("login", setting("login"));
      params.put("password", password);
      params.put("echo", "sent " + password);
      context
          .logger()
          .log(
              System.Logger.Level.WARNING,
              "probe hello as " + setting("login") + " with " + password);
      try {
        return audit.call(
            "probe/hello",
            Optional.empty(),
            params,
            () -> {
              if (password.equals(RIGHT_PASSWORD)) {
                return new ConnectionReport(
                    true,
                    true,
                    Optional.of(Money.of("100.00", "EUR")),
                    Optional.of(Money.of("10.00", "EUR")),
                    mode,
                    mode.equals("live"),
                    Optional.of("probe greets " + setting("login")));
              }
              if (password.equals(UNREACHABLE)) {
                return ConnectionReport.unreachable(mode, false, "no route to the probe registrar");
              }
              return ConnectionReport.rejectedCredentials(mode, false, "credentials refused");
            });
      } catch (RegistrarException impossible) {
        throw new IllegalStateException(impossible);
      }
    }

    @Override
    public DomainSnapshot getDomain(DomainName domain) throws RegistrarException {
      return audit.call(
          "probe/info",
          Optional.of(domain),
          Map.of("domain", domain.ascii()),
          () -> {
            throw NotFoundException.domain(domain, "404");
          });
    }

    /** Checks each name on the plugin's own thread, as real plugins fan out. */
    @Override
    public List<AvailabilityResult> checkAvailability(List<DomainName> names)
        throws RegistrarException {
      List<Future<AvailabilityResult>> checks = new ArrayList<>();
      for (DomainName name : names) {
        checks.add(
            pool.submit(
                () ->
                    audit.call(
                        "probe/check",
                        Optional.of(name),
                        Map.of("domain", name.ascii()),
                        () -> AvailabilityResult.of(name, Availability.AVAILABLE))));
      }
      List<AvailabilityResult> results = new ArrayList<>();
      for (Future<AvailabilityResult> check : checks) {
        try {
          results.add(check.get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
      return results;
    }

    @Override
    public AuthCode getAuthCode(DomainName domain) throws RegistrarException {
      Map<String, String> params = new LinkedHashMap<>();
      params.put("domain", domain.ascii());
      params.put("authcode", AUTH_CODE);
      return audit.call(
          "probe/authcode", Optional.of(domain), params, () -> AuthCode.of(AUTH_CODE));
    }

    @Override
    public List<TldPricing> tldPricing() throws RegistrarException {
      return audit.call(
          "probe/prices",
          Optional.empty(),
          Map.of(),
          () ->
              List.of(
                  new TldPricing(
                      Tld.of("com"), Optional.empty(), Optional.empty(), Optional.empty(), true),
                  new TldPricing(
                      Tld.of("net"), Optional.empty(), Optional.empty(), Optional.empty(), true)));
    }

    @Override
    public ContactPolicy contactPolicy() {
      if (!context.settings().yesNo("ownerLocked")) {
        return ContactPolicy.OPEN;
      }
      return new ContactPolicy(
          Map.of(
              ContactRole.OWNER,
              new RoleContactPolicy(Optional.of(ContactHandle.of("PRB-12345")), false)));
    }

    @Override
    public void close() {
      pool.shutdownNow();
    }
  }
}
