package org.regdesk.app.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.ConflictException;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.catalog.CheckedFieldValues;
import org.regdesk.app.catalog.CustomFieldCommand;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.catalog.ProductGroupCommand;
import org.regdesk.app.catalog.ProductGroups;
import org.regdesk.app.catalog.TldProduct;
import org.regdesk.app.catalog.TldProductCommand;
import org.regdesk.app.catalog.TldProducts;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.registrar.Trigger;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.WebTestSupport;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.operation.ContactRecord;
import org.regdesk.registrar.spi.operation.DomainContacts;
import org.regdesk.registrar.spi.operation.DomainListRequest;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.DomainStatus;
import org.regdesk.registrar.spi.operation.NameserverState;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.ContactType;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.HostName;
import org.regdesk.registrar.spi.value.RenewalMode;
import org.regdesk.registrar.spi.value.Tld;
import org.springframework.beans.factory.annotation.Autowired;

/** The Domains service on the whole desk, with the sandbox behind the built-in plugin. */
class DomainsTest extends WebTestSupport {

  @Autowired Customers customers;
  @Autowired Domains domains;
  @Autowired CustomFields customFields;
  @Autowired Registrars registrars;
  @Autowired TldProducts products;
  @Autowired ProductGroups productGroups;

  private TestDomains fixture;

  @BeforeEach
  void setUp() {
    fixture = new TestDomains(customers, domains);
  }

  @Test
  void aTldProductIsKeptWhileTheDeskHoldsDomainsUnderIt() {
    Tld tld = Tld.of("travel");
    TldProduct product =
        products
            .find(tld)
            .orElseGet(
                () ->
                    products.create(
                        new TldProductCommand(
                            "travel",
                            productGroups
                                .create(
                                    new ProductGroupCommand(
                                        TestDomains.unique("Usage group"), "", "DOMAIN", null))
                                .id(),
                            false,
                            null,
                            Map.of("register", Map.of("1", "30")),
                            null,
                            null)));
    Customer owner = fixture.customer("Tldusage");
    fixture.domain(owner, TestDomains.unique("kept"), "travel", DomainState.ACTIVE);

    assertThatThrownBy(() -> products.delete(product.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("still used by")
        .hasMessageContaining(" domains");
    assertThat(products.find(tld)).isPresent();
  }

  @Test
  void createRefusesADuplicateAnUnknownCustomerAndAnUnknownPluginStoringNothing() {
    Customer owner = fixture.customer("Createtest");
    Domain first = fixture.domain(owner, TestDomains.unique("dup"), "com", DomainState.ACTIVE);

    assertThatThrownBy(
            () ->
                domains.create(
                    new NewDomain(
                        first.name(),
                        999_999_999L,
                        "nosuchplugin",
                        DomainState.PENDING_REGISTRATION,
                        false,
                        Optional.empty(),
                        CheckedFieldValues.NONE)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("name", "customerId", "plugin"));
    DomainName fresh = DomainName.of(TestDomains.unique("fresh"), "com");
    assertThatThrownBy(
            () ->
                domains.create(
                    NewDomain.ordered(
                        fresh,
                        owner.id(),
                        "nosuchplugin",
                        DomainState.PENDING_REGISTRATION,
                        CheckedFieldValues.NONE)))
        .isInstanceOf(ValidationException.class);
    assertThat(domains.find(fresh)).isEmpty();
  }

  @Test
  void aSnapshotFromTheRegistrarFillsEveryPartOfTheRecord() throws Exception {
    Registrar registrar = registrars.registrar("dondominio");
    DomainSnapshot listed;
    DomainSnapshot full;
    try (var scope = Trigger.job("domains test").enter()) {
      listed = registrar.listDomains(DomainListRequest.first(10)).domains().get(0);
      full = registrar.getDomain(listed.name());
    }
    Customer owner = fixture.customer("Snapshottest");
    Domain domain =
        domains
            .find(full.name())
            .orElseGet(() -> domains.create(NewDomain.held(full, owner.id(), "dondominio")));

    assertThat(domain.state()).isEqualTo(DomainState.of(full.status()).orElseThrow());
    assertThat(domain.registrarStatus()).contains(full.registrarStatus());
    assertThat(domain.registrarDomainId()).isEqualTo(full.registrarDomainId());
    assertThat(domain.expiresOn()).isEqualTo(full.expires());
    assertThat(domain.registeredOn()).isEqualTo(full.created());
    assertThat(domain.transferLock()).isEqualTo(full.transferLock());
    assertThat(domain.privacy()).isEqualTo(full.privacy());
    assertThat(domain.renewalMode()).isEqualTo(full.renewalMode());
    assertThat(domain.nameservers().map(DomainNameservers::hosts))
        .isEqualTo(full.nameservers().map(ns -> ns.hosts().stream().map(HostName::ascii).toList()));
    assertThat(domain.contacts().keySet()).isEqualTo(full.contacts().byRole().keySet());
    ContactRecord owned = full.contacts().owner().orElseThrow();
    assertThat(domain.contacts().get(ContactRole.OWNER).summary()).contains(owned.email());
    assertThat(domain.contacts().get(ContactRole.OWNER).handle())
        .isEqualTo(owned.handle().map(h -> h.value()));
    assertThat(domain.lastSyncedAt()).contains(clock.instant());
  }

  @Test
  void unknownPartsOfASnapshotKeepWhatTheDeskKnew() {
    Customer owner = fixture.customer("Keeptest");
    DomainName name = DomainName.of(TestDomains.unique("keep"), "com");
    DomainSnapshot complete =
        DomainSnapshot.builder(name, DomainStatus.ACTIVE, "active")
            .registrarDomainId("77")
            .created(LocalDate.parse("2024-01-10"))
            .expires(LocalDate.parse("2027-01-10"))
            .transferLock(true)
            .privacy(true)
            .renewalMode(RenewalMode.AUTO_RENEW)
            .nameservers(
                new NameserverState(
                    false, List.of(HostName.of("ns1.example.net"), HostName.of("ns2.example.net"))))
            .contacts(
                new DomainContacts(
                    Map.of(
                        ContactRole.OWNER,
                        ContactRecord.builder(ContactType.INDIVIDUAL)
                            .name("Ana", "Keeptest")
                            .email("ana.keep@example.org")
                            .build())))
            .build();
    Domain domain = domains.create(NewDomain.held(complete, owner.id(), "dondominio"));
    clock.advance(Duration.ofHours(6));

    Instant later = clock.instant();
    Domain after =
        domains.applySnapshot(
            domain,
            DomainSnapshot.builder(name, DomainStatus.UNKNOWN, "weird-status")
                .expires(LocalDate.parse("2028-01-10"))
                .build(),
            later);

    assertThat(after.state()).isEqualTo(DomainState.ACTIVE);
    assertThat(after.registrarStatus()).contains("weird-status");
    assertThat(after.expiresOn()).contains(LocalDate.parse("2028-01-10"));
    assertThat(after.registeredOn()).contains(LocalDate.parse("2024-01-10"));
    assertThat(after.transferLock()).contains(true);
    assertThat(after.privacy()).contains(true);
    assertThat(after.renewalMode()).contains(RenewalMode.AUTO_RENEW);
    assertThat(after.registrarDomainId()).contains("77");
    assertThat(after.nameservers().orElseThrow().hosts()).hasSize(2);
    assertThat(after.contacts().get(ContactRole.OWNER).summary())
        .isEqualTo("Ana Keeptest · ana.keep@example.org");
    assertThat(after.lastSyncedAt()).contains(later);

    Domain expired =
        domains.applySnapshot(
            after,
            DomainSnapshot.builder(name, DomainStatus.EXPIRED_REDEMPTION, "expired-redemption")
                .transferLock(false)
                .build(),
            later);
    assertThat(expired.state()).isEqualTo(DomainState.REDEMPTION);
    assertThat(expired.transferLock()).contains(false);
    assertThatThrownBy(
            () ->
                domains.applySnapshot(
                    expired,
                    DomainSnapshot.builder(
                            DomainName.of("other", "com"), DomainStatus.ACTIVE, "active")
                        .build(),
                    later))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLifeCycleAllowsItsStepsAndRefusesOthers() {
    Customer owner = fixture.customer("Cycletest");
    Domain domain =
        fixture.domain(owner, TestDomains.unique("cycle"), "com", DomainState.PENDING_REGISTRATION);

    assertThat(domains.transition(domain.id(), DomainState.REGISTRATION_FAILED).state())
        .isEqualTo(DomainState.REGISTRATION_FAILED);
    assertThat(domains.transition(domain.id(), DomainState.PENDING_REGISTRATION).state())
        .isEqualTo(DomainState.PENDING_REGISTRATION);
    assertThat(domains.transition(domain.id(), DomainState.ACTIVE).state())
        .isEqualTo(DomainState.ACTIVE);
    assertThatThrownBy(() -> domains.transition(domain.id(), DomainState.PENDING_REGISTRATION))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("cannot go from Active to Pending registration");
    assertThat(domains.get(domain.id()).state()).isEqualTo(DomainState.ACTIVE);
    assertThatThrownBy(() -> domains.transition(999_999_999L, DomainState.ACTIVE))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void everyRegistrarStatusMapsToADeskState() {
    for (DomainStatus status : DomainStatus.values()) {
      Optional<DomainState> state = DomainState.of(status);
      assertThat(state.isEmpty()).isEqualTo(status == DomainStatus.UNKNOWN);
      state.ifPresent(s -> assertThat(s.isHeld()).isEqualTo(status.isRegistered()));
    }
  }

  @Test
  void valuesOfFieldsThePluginDeclaresSecretAreMasked() {
    CustomFieldDefinition password = domainField("aeroPassword", "Aero Password");
    CustomFieldDefinition note = domainField(TestDomains.unique("note").replace("-", ""), "Note");
    Customer owner = fixture.customer("Secrettest");
    Domain domain =
        domains.create(
            NewDomain.ordered(
                DomainName.of(TestDomains.unique("fly"), "aero"),
                owner.id(),
                "dondominio",
                DomainState.PENDING_REGISTRATION,
                new CheckedFieldValues(
                    List.of(
                        new CheckedFieldValues.FieldValue(password, "hunter2-secret"),
                        new CheckedFieldValues.FieldValue(note, "plain text")))));

    assertThat(domain.customFields())
        .containsEntry("aeroPassword", "hunter2-secret")
        .containsEntry(note.key(), "plain text");
    assertThat(domains.shownFieldValues(domain))
        .extracting(ShownFieldValue::key, ShownFieldValue::value, ShownFieldValue::secret)
        .contains(
            org.assertj.core.groups.Tuple.tuple("aeroPassword", "****", true),
            org.assertj.core.groups.Tuple.tuple(note.key(), "plain text", false));
    // the field holds a value now, so it cannot be deleted
    assertThatThrownBy(() -> customFields.delete(note.id())).isInstanceOf(ConflictException.class);
  }

  @Test
  void aDomainIsFoundByItsNameInAnySpelling() {
    Customer owner = fixture.customer("Nametest");
    String label = TestDomains.unique("diseño");
    Domain domain = fixture.domain(owner, label, "es", DomainState.ACTIVE);

    assertThat(domains.getByName(label.toUpperCase() + ".ES.").id()).isEqualTo(domain.id());
    assertThat(domains.getByName(domain.name().ascii()).id()).isEqualTo(domain.id());
    assertThatThrownBy(() -> domains.getByName("not a name")).isInstanceOf(NotFoundException.class);
    assertThat(domains.list(DomainQuery.ALL.ofCustomer(owner.id()), PageRequest.first()).items())
        .extracting(i -> i.domain().id())
        .containsExactly(domain.id());
  }

  private CustomFieldDefinition domainField(String key, String name) {
    return customFields
        .findByKey(CustomFieldKind.DOMAIN, key)
        .orElseGet(
            () ->
                customFields.create(
                    CustomFieldKind.DOMAIN,
                    new CustomFieldCommand(
                        key,
                        name + " " + TestDomains.unique(""),
                        "text",
                        false,
                        List.of(),
                        true,
                        List.of(),
                        false,
                        null)));
  }
}
