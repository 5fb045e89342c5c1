package org.regdesk.app.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.catalog.CheckedFieldValues;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.domain.Domain;
import org.regdesk.app.domain.DomainState;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.domain.NewDomain;
import org.regdesk.app.domain.TestDomains;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.registrar.Trigger;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.WebTestSupport;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.http.Fault;
import org.regdesk.registrar.spi.operation.DomainListRequest;
import org.regdesk.registrar.spi.operation.DomainPage;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.DomainStatus;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.RenewalMode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sync against the desk's sandbox over real HTTP: what a complete listing changes, and that an
 * incomplete one (a page failing, the registrar down) changes nothing.
 */
class DomainSyncTest extends WebTestSupport {

  private static final int SMALL_PAGES = 10;

  @Autowired DomainSync sync;
  @Autowired Domains domains;
  @Autowired Customers customers;
  @Autowired Registrars registrars;
  @Autowired Sandbox sandbox;

  private TestDomains fixture;
  private Customer owner;

  @BeforeEach
  void setUp() throws Exception {
    fixture = new TestDomains(customers, domains);
    owner = fixture.customer("Synctest");
    sandbox.clearFaults();
    try (var scope = Trigger.job("sync test").enter()) {
      DomainPage first = registrars.registrar("dondominio").listDomains(DomainListRequest.first(1));
      // page 3 must exist at 10 per page
      SandboxAccounts.atLeast(sandbox, 3 * SMALL_PAGES + 1, first.total().orElseThrow());
    }
  }

  @AfterEach
  void clearFaults() {
    sandbox.clearFaults();
  }

  @Test
  void aCompleteListingUpdatesStatusExpiryLockPrivacyAndRenewalMode() throws Exception {
    DomainSnapshot atRegistrar = lockableActiveDomainAtTheRegistrar();
    Domain stale = heldInTheDesk(atRegistrar);
    // the desk's record is out of date in every field a sync keeps
    domains.applySnapshot(
        stale,
        DomainSnapshot.builder(atRegistrar.name(), DomainStatus.INACTIVE, "inactive")
            .expires(atRegistrar.expires().orElseThrow().minusYears(1))
            .transferLock(!atRegistrar.transferLock().orElseThrow())
            .privacy(!atRegistrar.privacy().orElse(false))
            .renewalMode(other(atRegistrar.renewalMode().orElse(RenewalMode.MANUAL)))
            .build(),
        clock.instant());
    clock.advance(Duration.ofMinutes(1));

    SyncRun run = sync.syncPlugin("dondominio", SMALL_PAGES);

    assertThat(run.complete()).as(run.message()).isTrue();
    assertThat(run.updated()).isGreaterThanOrEqualTo(1);
    assertThat(run.pages()).isGreaterThanOrEqualTo(3);
    Domain synced = domains.get(stale.id());
    assertThat(synced.state()).isEqualTo(DomainState.ACTIVE);
    assertThat(synced.expiresOn()).isEqualTo(atRegistrar.expires());
    assertThat(synced.transferLock()).isEqualTo(atRegistrar.transferLock());
    assertThat(synced.privacy()).isEqualTo(atRegistrar.privacy());
    assertThat(synced.renewalMode()).isEqualTo(atRegistrar.renewalMode());
    assertThat(synced.registrarStatus()).contains(atRegistrar.registrarStatus());
    assertThat(synced.lastSyncedAt()).contains(clock.instant());
    assertThat(sync.runs("dondominio", new PageRequest(1, 500)).items())
        .extracting(SyncRun::id)
        .contains(run.id());
  }

  @Test
  void aChangeMadeAtTheRegistrarReachesTheDesk() throws Exception {
    DomainSnapshot atRegistrar = lockableActiveDomainAtTheRegistrar();
    Domain held = heldInTheDesk(atRegistrar);
    boolean locked = atRegistrar.transferLock().orElseThrow();
    try (var scope = Trigger.job("sync test").enter()) {
      registrars.registrar("dondominio").setLock(atRegistrar.name(), !locked);
    }
    clock.advance(Duration.ofMinutes(1));

    assertThat(sync.syncPlugin("dondominio", SMALL_PAGES).complete()).isTrue();

    assertThat(domains.get(held.id()).transferLock()).contains(!locked);
  }

  @Test
  void aDomainMissingFromACompleteListingIsTransferredAwayOrExpiredByItsExpiry() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
    Domain movedAway = notAtTheRegistrar("moved", DomainState.ACTIVE, today.plusMonths(5));
    Domain lapsed = notAtTheRegistrar("lapsed", DomainState.ACTIVE, today.minusDays(3));
    Domain ordered =
        domains.create(
            NewDomain.ordered(
                DomainName.of(TestDomains.unique("ordered"), "com"),
                owner.id(),
                "dondominio",
                DomainState.PENDING_REGISTRATION,
                CheckedFieldValues.NONE));
    clock.advance(Duration.ofMinutes(1));

    SyncRun run = sync.syncPlugin("dondominio", SMALL_PAGES);

    assertThat(run.complete()).as(run.message()).isTrue();
    assertThat(run.gone()).isGreaterThanOrEqualTo(2);
    assertThat(domains.get(movedAway.id()).state()).isEqualTo(DomainState.TRANSFERRED_AWAY);
    assertThat(domains.get(lapsed.id()).state()).isEqualTo(DomainState.EXPIRED);
    assertThat(domains.get(movedAway.id()).registrarStatus())
        .contains("not in the registrar's listing");
    // an order still under way is not "gone": the registrar may simply not list it yet
    assertThat(domains.get(ordered.id()).state()).isEqualTo(DomainState.PENDING_REGISTRATION);
  }

  @Test
  void aListingThatFailsOnPageThreeChangesNothing() throws Exception {
    DomainSnapshot atRegistrar = lockableActiveDomainAtTheRegistrar();
    Domain held = heldInTheDesk(atRegistrar);
    boolean locked = atRegistrar.transferLock().orElseThrow();
    try (var scope = Trigger.job("sync test").enter()) {
      registrars.registrar("dondominio").setLock(atRegistrar.name(), !locked);
    }
    Domain movedAway = notAtTheRegistrar("kept", DomainState.ACTIVE, LocalDate.parse("2027-06-01"));
    clock.advance(Duration.ofMinutes(1));
    // a sync lists without contacts, so pages 1 and 2 are one list call each; the third page's
    // calls fail, the client's retries included
    sandbox.fault(Fault.latency("domain/list", Duration.ofMillis(1)).times(2));
    sandbox.fault(Fault.http500("domain/list").times(10));

    SyncRun run = sync.syncPlugin("dondominio", SMALL_PAGES);

    assertThat(run.complete()).isFalse();
    assertThat(run.pages()).isEqualTo(2);
    assertThat(run.message()).startsWith("Nothing changed").contains("page 3");
    assertThat(run.updated()).isZero();
    assertThat(run.gone()).isZero();
    assertThat(domains.get(movedAway.id()).state()).isEqualTo(DomainState.ACTIVE);
    assertThat(domains.get(movedAway.id()).lastSyncedAt()).isEqualTo(movedAway.lastSyncedAt());
    assertThat(domains.get(held.id()).transferLock()).contains(locked);
    assertThat(sync.runs("dondominio", new PageRequest(1, 500)).items())
        .filteredOn(r -> r.id() == run.id())
        .singleElement()
        .satisfies(r -> assertThat(r.complete()).isFalse());
  }

  @Test
  void aRegistrarOutageDuringSyncMarksNothingAsGone() {
    Domain movedAway =
        notAtTheRegistrar("outage", DomainState.ACTIVE, LocalDate.parse("2027-06-01"));
    clock.advance(Duration.ofMinutes(1));
    sandbox.fault(Fault.reset("domain/list").times(10));

    SyncRun run = sync.syncPlugin("dondominio", SMALL_PAGES);

    assertThat(run.complete()).isFalse();
    assertThat(run.pages()).isZero();
    assertThat(run.message()).contains("page 1 could not be read").contains("UNAVAILABLE");
    assertThat(domains.get(movedAway.id()).state()).isEqualTo(DomainState.ACTIVE);
  }

  @Test
  void syncNowOnOneDomainAppliesTheRegistrarsFullViewAndNoticesADomainThatLeft() throws Exception {
    DomainSnapshot atRegistrar = lockableActiveDomainAtTheRegistrar();
    Domain held = heldInTheDesk(atRegistrar);
    domains.applySnapshot(
        held,
        DomainSnapshot.builder(atRegistrar.name(), DomainStatus.INACTIVE, "inactive")
            .transferLock(!atRegistrar.transferLock().orElseThrow())
            .build(),
        clock.instant());

    Domain synced = sync.syncDomain(held.id());

    assertThat(synced.state()).isEqualTo(DomainState.ACTIVE);
    assertThat(synced.transferLock()).isEqualTo(atRegistrar.transferLock());
    assertThat(synced.nameservers()).isPresent();

    Domain gone = notAtTheRegistrar("single", DomainState.ACTIVE, LocalDate.parse("2027-06-01"));
    assertThat(sync.syncDomain(gone.id()).state()).isEqualTo(DomainState.TRANSFERRED_AWAY);
  }

  private DomainSnapshot lockableActiveDomainAtTheRegistrar() throws Exception {
    DomainName name = SandboxAccounts.registerActive(sandbox, "synced");
    try (var scope = Trigger.job("sync test").enter()) {
      DomainSnapshot snapshot = registrars.registrar("dondominio").getDomain(name);
      assertThat(snapshot.status()).isEqualTo(DomainStatus.ACTIVE);
      assertThat(snapshot.transferLock()).isPresent();
      return snapshot;
    }
  }

  private Domain heldInTheDesk(DomainSnapshot snapshot) {
    return domains.create(NewDomain.held(snapshot, owner.id(), "dondominio"));
  }

  private Domain notAtTheRegistrar(String label, DomainState state, LocalDate expires) {
    DomainName name = DomainName.of(TestDomains.unique(label), "com");
    return domains.create(
        new NewDomain(
            name,
            owner.id(),
            "dondominio",
            state,
            false,
            Optional.of(
                DomainSnapshot.builder(name, DomainStatus.ACTIVE, "active")
                    .created(expires.minusYears(2))
                    .expires(expires)
                    .build()),
            CheckedFieldValues.NONE));
  }

  private static RenewalMode other(RenewalMode mode) {
    return mode == RenewalMode.MANUAL ? RenewalMode.AUTO_RENEW : RenewalMode.MANUAL;
  }
}
