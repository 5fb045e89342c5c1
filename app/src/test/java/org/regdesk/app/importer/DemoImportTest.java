package org.regdesk.app.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regdesk.app.RegdeskApplication;
import org.regdesk.app.config.SandboxEndpoint;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.domain.Domain;
import org.regdesk.app.domain.DomainQuery;
import org.regdesk.app.domain.DomainState;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.registrar.Trigger;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.TestDatabase;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.operation.DomainListRequest;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The importer on a desk started as {@code ./regdesk start} starts it: demo mode with its default
 * 40 seeded sandbox domains. Its own desk (not the shared test context, whose sandbox holds 3), so
 * the counts are exact.
 */
class DemoImportTest {

  private static ConfigurableApplicationContext desk;

  @BeforeAll
  static void startDemoDesk() {
    String id = UUID.randomUUID().toString().substring(0, 8);
    desk =
        new SpringApplicationBuilder(RegdeskApplication.class)
            .run(
                "--spring.datasource.url=jdbc:h2:mem:demo-import-"
                    + id
                    + ";DB_CLOSE_DELAY=-1"
                    + TestDatabase.H2_SETTINGS,
                "--regdesk.data-dir="
                    + Path.of("target", "test-data", "demo-import-" + id).toAbsolutePath(),
                "--regdesk.sandbox.enabled=true",
                "--server.port=0",
                "--logging.level.org.regdesk.dondominio=WARN");
  }

  @AfterAll
  static void stop() {
    desk.close();
  }

  @Test
  void theImportBringsInAllFortySeededDomainsWithCustomersOnceEvenWhenADomainFails()
      throws Exception {
    DomainImporter importer = desk.getBean(DomainImporter.class);
    Domains domains = desk.getBean(Domains.class);
    Customers customers = desk.getBean(Customers.class);
    SandboxFaults faults = new SandboxFaults(desk.getBean(SandboxEndpoint.class));
    List<DomainSnapshot> listed = listing(desk.getBean(Registrars.class).registrar("dondominio"));
    assertThat(listed).hasSize(40);
    long customersBefore = customers.search("", PageRequest.first()).totalItems();

    // the registrar's list cannot be read: nothing changes, and the run says so
    faults.error("domain/list", 1, 5);
    DomainImport refused = importer.run("dondominio");
    faults.clear();
    assertThat(refused.outcome()).isEqualTo(DomainImport.Outcome.LISTING_FAILED);
    assertThat(refused.message())
        .hasValueSatisfying(m -> assertThat(m).contains("nothing was imported"));
    assertThat(refused.counts()).isEqualTo(DomainImport.Counts.NONE);
    assertThat(domains.list(DomainQuery.ALL, PageRequest.first()).totalItems()).isZero();

    assertThat(importer.preview("dondominio").missing()).isEqualTo(40);

    // one domain's lookup fails: the other 39 come in, the failure is reported
    faults.error("domain/getinfo", 1, 1);
    DomainImport first = importer.run("dondominio");
    faults.clear();
    assertThat(first.outcome()).isEqualTo(DomainImport.Outcome.COMPLETED);
    assertThat(first.counts().found()).isEqualTo(40);
    assertThat(first.counts().imported()).isEqualTo(39);
    assertThat(first.counts().failed()).isEqualTo(1);
    assertThat(first.failures()).hasSize(1);
    assertThat(first.counts().customersMatched() + first.counts().customersCreated()).isEqualTo(39);
    // owners share contacts and e-mail addresses in the seed: some domains join a customer
    assertThat(first.counts().customersMatched()).isPositive();

    // again: only the one that failed comes in
    DomainImport second = importer.run("dondominio");
    assertThat(second.counts().imported()).isEqualTo(1);
    assertThat(second.counts().alreadyPresent()).isEqualTo(39);
    assertThat(second.counts().failed()).isZero();

    // and again: nothing twice
    DomainImport third = importer.run("dondominio");
    assertThat(third.counts().imported()).isZero();
    assertThat(third.counts().alreadyPresent()).isEqualTo(40);
    assertThat(importer.preview("dondominio").missing()).isZero();

    assertThat(domains.list(DomainQuery.ALL, new PageRequest(1, 100)).totalItems()).isEqualTo(40);
    int created =
        first.counts().customersCreated()
            + second.counts().customersCreated()
            + third.counts().customersCreated();
    assertThat(customers.search("", PageRequest.first()).totalItems())
        .isEqualTo(customersBefore + created);
    Map<String, Integer> statuses = new HashMap<>();
    for (DomainSnapshot snapshot : listed) {
      Domain domain = domains.find(snapshot.name()).orElseThrow();
      String owner = snapshot.contacts().owner().orElseThrow().email().toLowerCase(Locale.ROOT);
      assertThat(customers.get(domain.customerId()).email().value().toLowerCase(Locale.ROOT))
          .isEqualTo(owner);
      assertThat(domain.state()).isEqualTo(DomainState.of(snapshot.status()).orElseThrow());
      assertThat(domain.expiresOn()).isEqualTo(snapshot.expires());
      assertThat(domain.plugin()).isEqualTo("dondominio");
      assertThat(domain.lastSyncedAt()).isPresent();
      statuses.merge(domain.state().name(), 1, Integer::sum);
    }
    assertThat(statuses).containsKey("ACTIVE");
    assertThat(importer.runs(PageRequest.first()).totalItems()).isEqualTo(4);
  }

  private static List<DomainSnapshot> listing(Registrar registrar) throws Exception {
    try (var scope = Trigger.job("demo import test").enter()) {
      return registrar.listDomains(DomainListRequest.first(1000)).domains();
    }
  }
}
