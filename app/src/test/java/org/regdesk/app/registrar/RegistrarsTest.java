package org.regdesk.app.registrar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regdesk.app.ConflictException;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.config.SandboxEndpoint;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.WebTestSupport;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.operation.ConnectionReport;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Tld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service the rest of the desk uses, in the running desk: the built-in DonDominio plugin
 * against the demo sandbox, and the probe plugin of the test class path.
 */
class RegistrarsTest extends WebTestSupport {

  private static final String PROBE = ProbeRegistrarProvider.NAME;

  @Autowired Registrars registrars;
  @Autowired RegistrarConfigurations configurations;
  @Autowired RegistrarCallLog calls;
  @Autowired DemoRegistrarConfiguration demo;
  @Autowired SandboxEndpoint sandbox;
  @Autowired JdbcClient jdbc;

  @Test
  void demoModeConfiguredDonDominioAgainstTheSandboxWithTheKeySealed() {
    ConfigurationView view = configurations.view("dondominio");
    assertThat(view.saved()).map(SavedConfiguration::savedBy).contains("demo mode");
    assertThat(value(view, "environment")).isEqualTo("custom");
    assertThat(value(view, "customUrl")).isEqualTo(sandbox.uri().toString());
    assertThat(value(view, "apiUsername")).isEqualTo(sandbox.apiUser());
    assertThat(secret(view, "apiKey")).isEqualTo(SettingState.Secret.SET);
    assertThat(
            jdbc.sql(
                    "SELECT setting_value FROM registrar_setting_values WHERE plugin = 'dondominio'"
                        + " AND setting_key = 'apiKey' AND encrypted = TRUE")
                .query(String.class)
                .single())
        .startsWith("v1:");

    ConnectionReport report = registrars.testConnection("dondominio");
    assertThat(report.isOk()).isTrue();
    assertThat(report.environment()).isEqualTo("custom");
    assertThat(report.production()).isFalse();
    assertThat(report.balance()).isPresent();
  }

  @Test
  void aRestartedSandboxOnANewPortIsFollowedButAConfigurationPointedElsewhereIsLeftAlone() {
    SandboxEndpoint moved =
        new SandboxEndpoint(URI.create("http://127.0.0.1:1/"), sandbox.apiUser(), "other");
    try {
      demo.pointAt(moved);
      ConfigurationView view = configurations.view("dondominio");
      assertThat(value(view, "customUrl")).isEqualTo("http://127.0.0.1:1/");
      assertThat(value(view, "apiUsername")).isEqualTo(sandbox.apiUser());
      assertThat(registrars.testConnection("dondominio").reachable()).isFalse();
    } finally {
      demo.pointAt(sandbox);
    }
    assertThat(value(configurations.view("dondominio"), "customUrl"))
        .isEqualTo(sandbox.uri().toString());
    assertThat(registrars.testConnection("dondominio").isOk())
        .as("the API key was kept through both moves")
        .isTrue();

    long revision = revision("dondominio");
    demo.pointAt(new SandboxEndpoint(URI.create("http://127.0.0.1:2/"), "someone-else", "x"));
    assertThat(revision("dondominio")).isEqualTo(revision);
  }

  @Test
  void unknownAndUnconfiguredPluginsSaySo() {
    assertThatThrownBy(() -> registrars.registrar("nothing"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("'nothing'");
    assertThatThrownBy(() -> registrars.registrar(IdleRegistrarProvider.NAME))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("not configured");
    assertThat(registrars.isConfigured(IdleRegistrarProvider.NAME)).isFalse();
    assertThat(registrars.findPlugin("nothing")).isEmpty();
    assertThat(registrars.plugin("dondominio").builtIn()).isTrue();
    assertThat(registrars.plugins())
        .extracting(RegistrarPlugin::name)
        .contains("dondominio", PROBE, IdleRegistrarProvider.NAME);
    assertThat(registrars.loadProblems())
        .singleElement()
        .satisfies(p -> assertThat(p.source()).endsWith("not-a-plugin.jar"));
  }

  @Test
  void theRegistrarFollowsSavedSettingsAndCannotBeClosedByItsUser() {
    configure("follower", "test", false);
    Registrar registrar = registrars.registrar(PROBE);
    assertThat(registrar.testConnection().environment()).isEqualTo("test");

    registrar.close();
    configure("follower", "live", true);

    ConnectionReport report = registrar.testConnection();
    assertThat(report.environment()).isEqualTo("live");
    assertThat(report.production()).isTrue();
    assertThat(registrar.toString()).isEqualTo("Registrar[probe]");
  }

  @Test
  void callsAreRecordedWithTheirTriggerAlsoWhenThePluginWorksOnItsOwnThreads() throws Exception {
    configure("tracer", "test", false);
    DomainName first = DomainName.of("trace-one-" + System.nanoTime(), "com");
    DomainName second = DomainName.of("trace-two-" + System.nanoTime(), "com");

    try (Trigger.Scope scope = Trigger.job("availability check").enter()) {
      registrars.registrar(PROBE).checkAvailability(List.of(first, second));
      registrars.registrar(PROBE).getAuthCode(first);
    }

    List<RecordedCall> firstCalls = calls.forDomain(first, PageRequest.first()).items();
    assertThat(firstCalls)
        .extracting(RecordedCall::action)
        .containsExactly("probe/authcode", "probe/check");
    assertThat(firstCalls)
        .allSatisfy(c -> assertThat(c.trigger()).isEqualTo(Trigger.job("availability check")));
    assertThat(firstCalls.get(0).parameters()).containsEntry("authcode", "****");
    assertThat(calls.forDomain(second, PageRequest.first()).items())
        .singleElement()
        .satisfies(c -> assertThat(c.trigger()).isEqualTo(Trigger.job("availability check")));
    assertThat(calls.forPlugin(PROBE, new PageRequest(1, 500)).items())
        .anySatisfy(c -> assertThat(c.domain()).contains(first.ascii()));
  }

  @Test
  void tldSupportComesFromTheRegistrarsTldListReusedUntilItIsOldOrTheSettingsChange() {
    configure("lister", "test", false);
    long before = priceListReads();

    assertThat(registrars.tldSupport(PROBE, Tld.of("com")).verdict())
        .isEqualTo(TldSupport.Verdict.SUPPORTED);
    assertThat(registrars.supportsTld(PROBE, Tld.of("net"))).isTrue();
    TldSupport xyz = registrars.tldSupport(PROBE, Tld.of("xyz"));
    assertThat(xyz.verdict()).isEqualTo(TldSupport.Verdict.UNSUPPORTED);
    assertThat(xyz.reason()).contains("not in the registrar's TLD list");
    assertThat(registrars.tldSupport(PROBE, Tld.of("org")).reason())
        .contains("neither registers nor transfers .org");
    assertThat(priceListReads()).isEqualTo(before + 1);

    clock.advance(Duration.ofMinutes(59));
    registrars.supportsTld(PROBE, Tld.of("com"));
    assertThat(priceListReads()).isEqualTo(before + 1);
    clock.advance(Duration.ofMinutes(2));
    registrars.supportsTld(PROBE, Tld.of("com"));
    assertThat(priceListReads()).isEqualTo(before + 2);

    configure("lister-2", "test", false);
    registrars.supportsTld(PROBE, Tld.of("com"));
    assertThat(priceListReads()).isEqualTo(before + 3);
  }

  @Test
  void anUnconfiguredPluginsTldSupportIsUnknownUnlessItDeclaresTheTld() {
    TldSupport com = registrars.tldSupport(IdleRegistrarProvider.NAME, Tld.of("com"));
    assertThat(com.verdict()).isEqualTo(TldSupport.Verdict.UNKNOWN);
    assertThat(com.reason()).contains("not configured");
    assertThat(registrars.supportsTld(IdleRegistrarProvider.NAME, Tld.of("io"))).isTrue();
    assertThat(registrars.tldSupport("dondominio", Tld.of("com")).supported()).isTrue();
    assertThat(registrars.tldSupport("dondominio", Tld.of("zz-not-sold")).verdict())
        .isEqualTo(TldSupport.Verdict.UNSUPPORTED);
  }

  @Test
  void requirementsCapabilitiesAndTheContactPolicyComeFromThePlugin() {
    assertThat(registrars.requirements(PROBE, Tld.of("cat")).domainField("intendedUse"))
        .hasValueSatisfying(field -> assertThat(field.required()).isTrue());
    assertThat(registrars.requirements(PROBE, Tld.of("fr")).customerFields())
        .containsExactly(CustomerField.DATE_OF_BIRTH);
    assertThat(registrars.requirements(PROBE, Tld.of("com")).isEmpty()).isTrue();
    assertThat(registrars.requirements("dondominio", Tld.of("aero")).domainField("aeroId"))
        .isPresent();
    assertThat(registrars.capabilities(PROBE, Tld.of("com"))).contains(Capability.LOCK);
    assertThat(registrars.capabilities(PROBE, Tld.of("es")))
        .contains(Capability.REGISTER)
        .doesNotContain(Capability.LOCK);

    configure("policy", "test", true);
    assertThat(registrars.contactPolicy(PROBE).forRole(ContactRole.OWNER).customerMayEdit())
        .isFalse();
    assertThat(registrars.contactPolicy(PROBE).forRole(ContactRole.ADMIN).customerMayEdit())
        .isTrue();
    configure("policy", "test", false);
    assertThat(registrars.contactPolicy(PROBE).forRole(ContactRole.OWNER).isOverridden()).isFalse();
  }

  @Test
  void settingsAreCheckedAsAWholeAndNamedByKey() {
    assertThatThrownBy(
            () ->
                configurations.save(
                    PROBE,
                    new SettingsChange(
                        Map.of("login", "x", "colour", "blue", "mode", "test"), Set.of("login")),
                    "test"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            invalid ->
                assertThat(invalid.errors())
                    .extracting(e -> e.field() + ": " + e.message())
                    .contains(
                        "colour: is not a setting of Probe Registrar",
                        "login: is not a secret setting of Probe Registrar"));
    assertThatThrownBy(() -> configurations.save("nothing", SettingsChange.of(Map.of()), "test"))
        .isInstanceOf(NotFoundException.class);
  }

  private void configure(String login, String mode, boolean ownerLocked) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("login", login);
    values.put("password", ProbeRegistrarProvider.RIGHT_PASSWORD);
    values.put("mode", mode);
    values.put("ownerLocked", Boolean.toString(ownerLocked));
    configurations.save(PROBE, SettingsChange.of(values), "test");
  }

  private long priceListReads() {
    return jdbc.sql(
            "SELECT COUNT(*) FROM registrar_calls WHERE plugin = 'probe' AND action = 'probe/prices'")
        .query(Long.class)
        .single();
  }

  private long revision(String plugin) {
    return jdbc.sql("SELECT revision FROM registrar_configurations WHERE plugin = :plugin")
        .param("plugin", plugin)
        .query(Long.class)
        .single();
  }

  private static String value(ConfigurationView view, String key) {
    return view.settings().stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .flatMap(SettingState::value)
        .orElse(null);
  }

  private static SettingState.Secret secret(ConfigurationView view, String key) {
    return view.settings().stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .map(SettingState::secret)
        .orElseThrow();
  }
}
