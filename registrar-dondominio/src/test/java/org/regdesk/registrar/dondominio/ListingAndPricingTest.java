package org.regdesk.registrar.dondominio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;
import org.regdesk.dondominio.sandbox.http.ApiCall;
import org.regdesk.registrar.dondominio.support.People;
import org.regdesk.registrar.dondominio.support.RecordingAudit;
import org.regdesk.registrar.dondominio.support.TestRegistrars;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.operation.DomainListRequest;
import org.regdesk.registrar.spi.operation.DomainPage;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.RegisterRequest;
import org.regdesk.registrar.spi.operation.TldPricing;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Money;
import org.regdesk.registrar.spi.value.Period;
import org.regdesk.registrar.spi.value.Tld;

/** The import listing (pages, opaque cursor, owner contacts) and the TLD price list. */
class ListingAndPricingTest {

  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.builder().seedDomains(25).seed(11).build();

  private Sandbox sandbox;
  private Registrar registrar;

  @BeforeEach
  void start() {
    sandbox = SANDBOX.get();
    registrar = TestRegistrars.create(sandbox, new RecordingAudit());
  }

  @AfterEach
  void stop() {
    registrar.close();
  }

  @Test
  void pages_through_every_domain_once_with_status_dates_and_the_owner() throws Exception {
    Set<DomainName> seen = new HashSet<>();
    int pages = 0;
    Optional<org.regdesk.registrar.spi.operation.ListCursor> cursor = Optional.empty();
    do {
      DomainPage page = registrar.listDomains(new DomainListRequest(cursor, 10));
      pages++;
      assertThat(page.total()).hasValue(25);
      for (DomainSnapshot domain : page.domains()) {
        assertThat(seen.add(domain.name())).as("listed once: " + domain.name()).isTrue();
        assertThat(domain.registrarDomainId()).isPresent();
        assertThat(domain.renewalMode()).isPresent();
        assertThat(domain.contacts().owner()).isPresent();
        assertThat(domain.contacts().owner().orElseThrow().email()).contains("@");
      }
      cursor = page.next();
    } while (cursor.isPresent());

    assertThat(pages).isEqualTo(3);
    assertThat(seen).hasSize(25);
    assertThat(seen).anySatisfy(name -> assertThat(name.tld().labelCount()).isGreaterThan(1));
  }

  @Test
  void a_listing_without_contacts_is_one_request_per_page_with_everything_a_sync_needs()
      throws Exception {
    int before = sandbox.calls().size();
    Set<DomainName> seen = new HashSet<>();
    Optional<org.regdesk.registrar.spi.operation.ListCursor> cursor = Optional.empty();
    int pages = 0;
    do {
      DomainPage page = registrar.listDomains(new DomainListRequest(cursor, 10).withoutContacts());
      pages++;
      for (DomainSnapshot domain : page.domains()) {
        seen.add(domain.name());
        assertThat(domain.renewalMode()).isPresent();
        assertThat(domain.contacts().owner()).isEmpty();
      }
      cursor = page.next();
    } while (cursor.isPresent());

    assertThat(seen).hasSize(25);
    List<ApiCall> calls = sandbox.calls().subList(before, sandbox.calls().size());
    assertThat(calls).extracting(ApiCall::action).containsOnly("domain/list");
    assertThat(calls).hasSize(pages);
    assertThat(calls)
        .allSatisfy(call -> assertThat(call.parameters()).containsEntry("infoType", "status"));
  }

  @Test
  void recent_registrations_are_looked_up_together_on_the_newest_listing_page() throws Exception {
    List<DomainName> registered = new ArrayList<>();
    for (String name : List.of("fresh-one", "fresh-two", "fresh-three", "fresh-four")) {
      DomainName domain = DomainName.of(name, Tld.of("com"));
      registrar.register(
          RegisterRequest.builder(domain, Period.ofYears(1), People.all(People.ana()))
              .deferSettings()
              .build());
      registered.add(domain);
    }
    DomainName nobodys = DomainName.of("nobody-holds-this-one", Tld.of("com"));
    List<DomainName> asked = new ArrayList<>(registered);
    asked.add(nobodys);
    int before = sandbox.calls().size();

    Map<DomainName, DomainSnapshot> found = registrar.getDomains(asked);

    assertThat(found.keySet()).containsExactlyElementsOf(registered);
    assertThat(found.values())
        .allSatisfy(
            snapshot -> {
              assertThat(snapshot.registrarStatus()).isEqualTo("register-init");
              assertThat(snapshot.renewalMode()).isPresent();
            });
    List<ApiCall> calls = sandbox.calls().subList(before, sandbox.calls().size());
    // the newest page answers the four registrations; only the name nobody holds is read alone
    assertThat(calls.stream().filter(c -> c.action().equals("domain/list")).count())
        .isBetween(1L, 2L);
    assertThat(calls)
        .filteredOn(c -> c.action().equals("domain/getinfo"))
        .singleElement()
        .satisfies(call -> assertThat(call.parameters()).containsValue(nobodys.ascii()));
  }

  @Test
  void the_price_list_has_every_zone_with_costs_terms_and_the_auth_code_flag() throws Exception {
    List<TldPricing> prices = registrar.tldPricing();

    TldPricing com =
        prices.stream().filter(p -> p.tld().equals(Tld.of("com"))).findFirst().orElseThrow();
    assertThat(com.register().orElseThrow().perYear()).isEqualTo(Money.of("9.95", "EUR"));
    assertThat(com.register().orElseThrow().periods())
        .contains(Period.ofYears(1), Period.ofYears(10));
    assertThat(com.renew().orElseThrow().perYear()).isEqualTo(Money.of("11.50", "EUR"));
    assertThat(com.authCodeRequired()).isTrue();
    TldPricing uk =
        prices.stream().filter(p -> p.tld().equals(Tld.of("co.uk"))).findFirst().orElseThrow();
    assertThat(uk.authCodeRequired()).isFalse();
    assertThat(prices).extracting(TldPricing::tld).contains(Tld.of("com.es"), Tld.of("hk"));
  }
}
