package org.regdesk.app.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdesk.app.registrar.StoredConfiguration.StoredValue;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.DatabaseTest;
import org.regdesk.app.testing.TestDatabase;
import org.regdesk.registrar.spi.audit.CallOutcome;
import org.regdesk.registrar.spi.audit.RegistrarCall;
import org.regdesk.registrar.spi.value.DomainName;

/** The registrar tables on H2 and PostgreSQL. */
class RegistrarStorageTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123Z");

  @DatabaseTest
  void aConfigurationRoundTripsAndASecondSaveReplacesItsValuesAndRaisesTheRevision(
      TestDatabase db) {
    var repository = new RegistrarConfigurationRepository(db.jdbc());
    assertThat(repository.find("probe")).isEmpty();
    assertThat(repository.revision("probe")).isEmpty();

    long first =
        db.transactions()
            .execute(
                status ->
                    repository.save(
                        "probe",
                        List.of(
                            new StoredValue("login", "ann", false),
                            new StoredValue("password", "v1:sealed", true)),
                        T0,
                        "alice"));
    long second =
        db.transactions()
            .execute(
                status ->
                    repository.save(
                        "probe",
                        List.of(new StoredValue("login", "bob", false)),
                        T0.plusSeconds(60),
                        "bob"));

    assertThat(first).isEqualTo(1);
    assertThat(second).isEqualTo(2);
    StoredConfiguration stored = repository.find("probe").orElseThrow();
    assertThat(stored.revision()).isEqualTo(2);
    assertThat(stored.updatedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(stored.updatedBy()).isEqualTo("bob");
    assertThat(stored.values()).containsOnlyKeys("login");
    assertThat(stored.values().get("login")).isEqualTo(new StoredValue("login", "bob", false));
    assertThat(repository.stamps()).containsOnlyKeys("probe");
    assertThat(repository.stamps().get("probe").revision()).isEqualTo(2);
  }

  @DatabaseTest
  void aFailedSaveLeavesTheEarlierConfigurationWhole(TestDatabase db) {
    var repository = new RegistrarConfigurationRepository(db.jdbc());
    db.transactions()
        .executeWithoutResult(
            status ->
                repository.save(
                    "probe", List.of(new StoredValue("login", "ann", false)), T0, "alice"));

    try {
      db.transactions()
          .executeWithoutResult(
              status -> {
                repository.save(
                    "probe", List.of(new StoredValue("login", "eve", false)), T0, "eve");
                throw new IllegalStateException("the plugin refused the settings");
              });
    } catch (IllegalStateException expected) {
      // rolled back
    }

    StoredConfiguration stored = repository.find("probe").orElseThrow();
    assertThat(stored.revision()).isEqualTo(1);
    assertThat(stored.values().get("login").text()).isEqualTo("ann");
  }

  @DatabaseTest
  void callsAreReadNewestFirstByDomainByPluginAndAltogether(TestDatabase db) {
    var calls = new RegistrarCallRepository(db.jdbc());
    DomainName shop = DomainName.of("shop", "com");
    DomainName other = DomainName.of("other", "net");
    calls.insert("probe", call("domain/create", shop, T0), Trigger.user("alice"));
    calls.insert("probe", call("domain/getinfo", shop, T0.plusSeconds(5)), Trigger.job("sync"));
    calls.insert(
        "dondominio", call("domain/check", other, T0.plusSeconds(3)), Trigger.apiToken("7:ci"));
    calls.insert(
        "dondominio",
        new RegistrarCall(
            "tool/hello",
            Optional.empty(),
            T0.plusSeconds(9),
            Duration.ZERO,
            CallOutcome.UNAVAILABLE,
            Optional.of("1"),
            Map.of()),
        Trigger.system("health check"));

    var byDomain = new RegistrarCallRepository.Filter(Optional.empty(), Optional.of("shop.com"));
    List<RecordedCall> shopCalls = calls.find(byDomain, new PageRequest(1, 10));
    assertThat(shopCalls)
        .extracting(RecordedCall::action)
        .containsExactly("domain/getinfo", "domain/create");
    assertThat(shopCalls.get(0).trigger()).isEqualTo(Trigger.job("sync"));
    assertThat(shopCalls.get(1).trigger()).isEqualTo(Trigger.user("alice"));
    assertThat(shopCalls.get(1).startedAt()).isEqualTo(T0);
    assertThat(shopCalls.get(1).duration()).isEqualTo(Duration.ofMillis(250));
    assertThat(shopCalls.get(1).parameters())
        .containsExactly(Map.entry("domain", "shop.com"), Map.entry("apipasswd", "****"));
    assertThat(calls.count(byDomain)).isEqualTo(2);

    var byPlugin = new RegistrarCallRepository.Filter(Optional.of("dondominio"), Optional.empty());
    List<RecordedCall> dondominio = calls.find(byPlugin, new PageRequest(1, 10));
    assertThat(dondominio)
        .extracting(RecordedCall::action)
        .containsExactly("tool/hello", "domain/check");
    assertThat(dondominio.get(0).domain()).isEmpty();
    assertThat(dondominio.get(0).registrarCode()).contains("1");
    assertThat(dondominio.get(0).outcome()).isEqualTo(CallOutcome.UNAVAILABLE);
    assertThat(dondominio.get(1).trigger()).isEqualTo(Trigger.apiToken("7:ci"));

    assertThat(calls.find(RegistrarCallRepository.Filter.ALL, new PageRequest(2, 3)))
        .extracting(RecordedCall::action)
        .containsExactly("domain/create");
    assertThat(calls.count(RegistrarCallRepository.Filter.ALL)).isEqualTo(4);
  }

  @DatabaseTest
  void parametersTooLongForTheColumnAreCutNotLost(TestDatabase db) {
    var calls = new RegistrarCallRepository(db.jdbc());
    Map<String, String> many = new LinkedHashMap<>();
    for (int i = 0; i < 40; i++) {
      many.put("field" + i, "x".repeat(900));
    }
    many.put("huge", "y".repeat(5000));
    calls.insert(
        "probe",
        new RegistrarCall(
            "domain/create",
            Optional.empty(),
            T0,
            Duration.ZERO,
            CallOutcome.SUCCEEDED,
            Optional.empty(),
            many),
        Trigger.system("test"));

    Map<String, String> stored =
        calls.find(RegistrarCallRepository.Filter.ALL, PageRequest.first()).get(0).parameters();
    assertThat(stored).containsKey("field0").containsKey("…");
    assertThat(stored.get("…")).endsWith("more parameters not stored");
    assertThat(stored.values()).allSatisfy(v -> assertThat(v.length()).isLessThanOrEqualTo(1001));
  }

  private static RegistrarCall call(String action, DomainName domain, Instant at) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("domain", domain.ascii());
    params.put("apipasswd", "top-secret");
    return new RegistrarCall(
        action,
        Optional.of(domain),
        at,
        Duration.ofMillis(250),
        CallOutcome.SUCCEEDED,
        Optional.empty(),
        params);
  }
}
