package org.regdesk.app.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdesk.app.ValidationException;
import org.regdesk.app.catalog.CustomFieldCommand;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFieldRepository;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.catalog.ProductGroupRepository;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.CustomerCommand;
import org.regdesk.app.customer.CustomerFieldValueStore;
import org.regdesk.app.customer.CustomerRepository;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.DatabaseTest;
import org.regdesk.app.testing.MutableClock;
import org.regdesk.app.testing.TestDatabase;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.RenewalMode;
import org.regdesk.registrar.spi.value.Tld;
import org.springframework.dao.DataIntegrityViolationException;

/** Domain records, their contacts and values, the list's search, filters, sorts and paging. */
class StorageOfDomainsTest {

  private final MutableClock clock = new MutableClock();

  @DatabaseTest
  void aDomainIsStoredWithEveryPartAndReadBackByIdAndName(TestDatabase db) {
    Desk desk = new Desk(db);
    Customer ana = desk.customer("Ana", "García", "ana@example.org");
    Domain stored =
        domain(
            DomainName.of("españa", "com"),
            ana.id(),
            "dondominio",
            DomainState.ACTIVE,
            Optional.of("12345"),
            Optional.of("active"),
            LocalDate.parse("2020-01-15"),
            LocalDate.parse("2027-01-15"),
            Optional.of(
                new DomainNameservers(false, List.of("ns1.example.net", "ns2.example.net"))),
            Optional.of(true),
            Optional.of(false),
            Optional.of(RenewalMode.MANUAL));
    long id = desk.repository.insert(stored);
    desk.repository.replaceContacts(
        id,
        List.of(
            new DomainContact(
                ContactRole.OWNER, Optional.of("ABC-1"), "Ana García · ana@example.org"),
            new DomainContact(ContactRole.TECH, Optional.empty(), "Sandbox Hosting S.L.")));

    Domain read = desk.repository.find(id).orElseThrow();
    assertThat(read.name().ascii()).isEqualTo("xn--espaa-rta.com");
    assertThat(read.displayName()).isEqualTo("españa.com");
    assertThat(read.customerId()).isEqualTo(ana.id());
    assertThat(read.registrarDomainId()).contains("12345");
    assertThat(read.state()).isEqualTo(DomainState.ACTIVE);
    assertThat(read.registeredOn()).contains(LocalDate.parse("2020-01-15"));
    assertThat(read.expiresOn()).contains(LocalDate.parse("2027-01-15"));
    assertThat(read.nameservers().orElseThrow().hosts())
        .containsExactly("ns1.example.net", "ns2.example.net");
    assertThat(read.transferLock()).contains(true);
    assertThat(read.privacy()).contains(false);
    assertThat(read.renewalMode()).contains(RenewalMode.MANUAL);
    assertThat(read.createdAt()).isEqualTo(clock.instant());
    assertThat(desk.repository.findByName(DomainName.of("xn--espaa-rta", "com"))).isPresent();
    assertThat(desk.repository.contacts(id)).containsOnlyKeys(ContactRole.OWNER, ContactRole.TECH);
    assertThat(desk.repository.contacts(id).get(ContactRole.OWNER).handle()).contains("ABC-1");

    // a second record with the name is refused by the database itself
    assertThatThrownBy(() -> desk.repository.insert(stored))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @DatabaseTest
  void unknownPartsStayUnknownNotOff(TestDatabase db) {
    Desk desk = new Desk(db);
    Customer ana = desk.customer("Ana", "García", "ana@example.org");
    long id =
        desk.repository.insert(
            domain(
                DomainName.of("pending", "es"),
                ana.id(),
                "dondominio",
                DomainState.PENDING_REGISTRATION));
    Domain read = desk.repository.find(id).orElseThrow();
    assertThat(read.transferLock()).isEmpty();
    assertThat(read.privacy()).isEmpty();
    assertThat(read.nameservers()).isEmpty();
    assertThat(read.expiresOn()).isEmpty();
    assertThat(read.renewalMode()).isEmpty();
  }

  @DatabaseTest
  void customFieldValuesAreCountedForTheDeleteGuard(TestDatabase db) {
    Desk desk = new Desk(db);
    Customer ana = desk.customer("Ana", "García", "ana@example.org");
    CustomFieldDefinition use =
        desk.fields.create(
            CustomFieldKind.DOMAIN,
            new CustomFieldCommand(
                "intendedUse",
                "Intended Use",
                "text",
                true,
                List.of(),
                true,
                List.of(),
                false,
                null));
    long id =
        desk.repository.insert(
            domain(DomainName.of("shop", "es"), ana.id(), "dondominio", DomainState.ACTIVE));
    desk.repository.replaceValues(id, Map.of(use.id(), "shop"));

    assertThat(desk.repository.values(id)).containsEntry(use.id(), "shop");
    assertThatThrownBy(() -> desk.fields.delete(use.id())).hasMessageContaining("1");
    assertThat(desk.fields.definitions(CustomFieldKind.DOMAIN))
        .extracting(CustomFieldDefinition::key)
        .contains(use.key());
  }

  @DatabaseTest
  void theListSearchesFiltersSortsAndPages(TestDatabase db) {
    Desk desk = new Desk(db);
    Customer ana = desk.customer("Ana", "García", "ana@example.org");
    Customer bob = desk.customer("Bob", "Smith", "bob@shop.example");
    insert(desk, "green-bakery", "com", ana, "dondominio", DomainState.ACTIVE, "2026-05-01");
    insert(desk, "bakery-madrid", "es", ana, "dondominio", DomainState.EXPIRED, "2026-02-01");
    insert(desk, "solstudio", "com", bob, "dondominio", DomainState.ACTIVE, "2027-09-01");
    insert(desk, "urbansports", "net", bob, "other", DomainState.PENDING_TRANSFER, null);
    insert(desk, "diseño", "es", bob, "dondominio", DomainState.ACTIVE, "2026-04-01");

    assertThat(names(desk, DomainQuery.ALL))
        .containsExactly(
            "bakery-madrid.es",
            "green-bakery.com",
            "solstudio.com",
            "urbansports.net",
            "xn--diseo-rta.es");
    // substring of the name, Unicode form too
    assertThat(names(desk, query("bakery", null, null, null, null, null)))
        .containsExactly("bakery-madrid.es", "green-bakery.com");
    assertThat(names(desk, query("DISEÑO", null, null, null, null, null)))
        .containsExactly("xn--diseo-rta.es");
    // the customer's name or address, in either word order
    assertThat(names(desk, query("garcía", null, null, null, null, null)))
        .containsExactly("bakery-madrid.es", "green-bakery.com");
    assertThat(names(desk, query("smith bob", null, null, null, null, null))).hasSize(3);
    assertThat(names(desk, query("bob@shop", null, null, null, null, null))).hasSize(3);
    // LIKE's wildcards are only text
    assertThat(names(desk, query("%", null, null, null, null, null))).isEmpty();
    assertThat(names(desk, query("_", null, null, null, null, null))).isEmpty();
    // filters, alone and together
    assertThat(names(desk, query(null, "active", null, null, null, null)))
        .containsExactly("green-bakery.com", "solstudio.com", "xn--diseo-rta.es");
    assertThat(names(desk, query(null, null, ".es", null, null, null)))
        .containsExactly("bakery-madrid.es", "xn--diseo-rta.es");
    assertThat(names(desk, query(null, null, null, "other", null, null)))
        .containsExactly("urbansports.net");
    assertThat(names(desk, query(null, null, null, null, "2026-04-15", null)))
        .containsExactly("bakery-madrid.es", "xn--diseo-rta.es");
    assertThat(names(desk, query(null, "active", "com", "dondominio", "2026-12-31", null)))
        .containsExactly("green-bakery.com");
    assertThat(names(desk, DomainQuery.ALL.ofCustomer(ana.id())))
        .containsExactly("bakery-madrid.es", "green-bakery.com");
    // expiry order: soonest first, unknown expiry last
    assertThat(names(desk, query(null, null, null, null, null, "expiry")))
        .containsExactly(
            "bakery-madrid.es",
            "xn--diseo-rta.es",
            "green-bakery.com",
            "solstudio.com",
            "urbansports.net");
    // paging
    var page2 = desk.list(query(null, null, null, null, null, "name"), new PageRequest(2, 2));
    assertThat(page2.items())
        .extracting(i -> i.domain().name().ascii())
        .containsExactly("solstudio.com", "urbansports.net");
    assertThat(page2.totalItems()).isEqualTo(5);
    assertThat(page2.totalPages()).isEqualTo(3);
    assertThat(page2.items().get(0).customerName()).isEqualTo("Bob Smith");
    assertThat(page2.items().get(0).customerEmail()).isEqualTo("bob@shop.example");
    assertThat(desk.list(query(null, "active", null, null, null, null), PageRequest.first()))
        .extracting(p -> p.totalItems(), p -> p.totalExact())
        .containsExactly(3L, true);
  }

  @DatabaseTest
  void aSearchMatchingMoreThanTheLimitIsCountedUpToItAndStillPagesToTheEnd(TestDatabase db) {
    Desk desk = new Desk(db);
    Customer ana = desk.customer("Ana", "García", "ana@example.org");
    Customer bob = desk.customer("Bob", "Smith", "bob@shop.example");
    // "s" begins a word of 7 domains: solar-N by name, and Bob's (Smith, shop) by customer
    for (int i = 1; i <= 4; i++) {
      insert(
          desk, "solar-" + i, "com", ana, "dondominio", DomainState.ACTIVE, "2026-0" + i + "-01");
    }
    insert(desk, "blue", "com", bob, "dondominio", DomainState.ACTIVE, "2026-06-01");
    insert(desk, "red", "net", bob, "other", DomainState.EXPIRED, "2026-07-01");
    insert(desk, "green", "es", bob, "dondominio", DomainState.ACTIVE, "2026-08-01");
    insert(desk, "plain", "com", ana, "dondominio", DomainState.ACTIVE, "2026-09-01");
    int limit = 3;

    // pages of 2: counted to 3 at most; the pages after the limit count to their own end
    var first =
        desk.repository.page(
            query("s", null, null, null, null, null),
            p(1, 2),
            new DomainRepository.Limits(limit, limit));
    assertThat(first.totalExact()).isFalse();
    assertThat(first.totalItems()).isEqualTo(3);
    assertThat(first.hasNext()).isTrue();
    List<String> walked = new java.util.ArrayList<>();
    var page = first;
    for (int n = 1; n <= 10; n++) {
      page =
          desk.repository.page(
              query("s", null, null, null, null, null),
              p(n, 2),
              new DomainRepository.Limits(limit, limit));
      page.items().forEach(i -> walked.add(i.domain().name().ascii()));
      if (!page.hasNext()) {
        break;
      }
    }
    assertThat(walked)
        .containsExactly(
            "blue.com",
            "green.es",
            "red.net",
            "solar-1.com",
            "solar-2.com",
            "solar-3.com",
            "solar-4.com");
    assertThat(page.page()).isEqualTo(4);
    assertThat(page.totalExact()).isTrue();
    assertThat(page.totalItems()).isEqualTo(7);
    // by expiry, the broad way too
    assertThat(
            desk.repository
                .page(
                    query("s", null, null, null, null, "expiry"),
                    p(1, 2),
                    new DomainRepository.Limits(limit, limit))
                .items())
        .extracting(i -> i.domain().name().ascii())
        .containsExactly("solar-1.com", "solar-2.com");
    // with a filter, more than the count's limit (not the id list's): the matching ids joined,
    // counted up to the limit
    var joined =
        desk.repository.page(
            query("s", "active", null, null, null, null),
            p(1, 2),
            new DomainRepository.Limits(limit, 10));
    assertThat(joined.items())
        .extracting(i -> i.domain().name().ascii())
        .containsExactly("blue.com", "green.es");
    assertThat(joined.totalItems()).isEqualTo(3);
    assertThat(joined.totalExact()).isFalse();
    assertThat(
            desk.repository
                .page(
                    query("s", "active", null, null, null, null),
                    p(3, 2),
                    new DomainRepository.Limits(limit, limit))
                .items())
        .extracting(i -> i.domain().name().ascii())
        .containsExactly("solar-3.com", "solar-4.com");
    assertThat(
            desk.repository.page(
                query("s", null, "net", null, null, null),
                p(1, 2),
                new DomainRepository.Limits(limit, limit)))
        .extracting(x -> x.totalItems(), x -> x.totalExact())
        .containsExactly(1L, true);
    // two words, both broad: intersected exactly
    var two =
        desk.repository.page(
            query("s smith", null, null, null, null, null),
            p(1, 2),
            new DomainRepository.Limits(2, 2));
    assertThat(two.items())
        .extracting(i -> i.domain().name().ascii())
        .containsExactly("blue.com", "green.es");
    assertThat(two.totalItems()).isEqualTo(3);
    assertThat(two.totalExact()).isTrue();
    // a search matching no more than it selects by id is exact, past the count's limit too
    var byId =
        desk.repository.page(
            query("s", null, null, null, null, null), p(1, 2), new DomainRepository.Limits(3, 7));
    assertThat(byId.totalItems()).isEqualTo(7);
    assertThat(byId.totalExact()).isTrue();
    // a search within the limit is exact
    var few =
        desk.repository.page(
            query("solar", null, null, null, null, null),
            p(1, 2),
            new DomainRepository.Limits(10, 10));
    assertThat(few.totalItems()).isEqualTo(4);
    assertThat(few.totalExact()).isTrue();
    assertThat(few.totalPages()).isEqualTo(2);
  }

  @DatabaseTest
  void aBroadSearchWithFiltersListsAndCountsWhatTheFiltersKeepOfTheWordsDomains(TestDatabase db) {
    Desk desk = new Desk(db);
    Customer ana = desk.customer("Ana", "García", "ana@example.org");
    Customer bob = desk.customer("Bob", "Smith", "bob@shop.example");
    // "shop" begins a word of every shop-N and shopping-N domain, and of each of Bob's (his e-mail)
    String[] labels = {"shop", "shopping", "blue", "sol"};
    String[] tlds = {"com", "es", "net"};
    String[] expiries = {"2026-03-01", "2026-06-01", "2026-06-01", "2027-01-15", null};
    DomainState[] states = {DomainState.ACTIVE, DomainState.EXPIRED, DomainState.ACTIVE};
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 48; i++) {
      insert(
          desk,
          labels[random.nextInt(labels.length)] + "-" + i,
          tlds[random.nextInt(tlds.length)],
          random.nextInt(3) == 0 ? bob : ana,
          random.nextInt(4) == 0 ? "other" : "dondominio",
          states[random.nextInt(states.length)],
          expiries[random.nextInt(expiries.length)]);
    }
    List<DomainQuery> queries = new java.util.ArrayList<>();
    for (String sort : new String[] {"name", "expiry"}) {
      queries.add(query("shop", "active", "com", null, null, sort));
      queries.add(query("shop", null, null, "other", null, sort));
      queries.add(query("shop", null, null, null, "2026-07-01", sort));
      queries.add(query("shop", "active", null, "dondominio", "2027-01-01", sort));
      queries.add(query("shop", "expired", "net", null, null, sort).ofCustomer(bob.id()));
      queries.add(query("shop", null, "es", null, null, sort));
      queries.add(query("shop smith", "active", null, null, null, sort));
      queries.add(query("shop smith", null, "net", null, null, sort));
    }
    int count = 4;
    for (DomainQuery filtered : queries) {
      // reference: every domain with the word, in the query's order, filtered here
      DomainQuery wordOnly =
          new DomainQuery(
              filtered.search(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              filtered.sort());
      List<Domain> withWord =
          desk
              .repository
              .page(wordOnly, p(1, 100), new DomainRepository.Limits(1000, 1000))
              .items()
              .stream()
              .map(DomainListItem::domain)
              .toList();
      assertThat(withWord).hasSizeGreaterThan(10);
      List<String> expected =
          withWord.stream().filter(d -> keeps(filtered, d)).map(d -> d.name().ascii()).toList();
      assertThat(expected).as("%s", filtered).isNotEmpty();
      // filtered in the desk (the word's ids within the filter list); beyond the list, checked
      // on the word's first domains read (the filter list + 1), until more than the page's limit
      // pass (counted "N+" by that check, walked in the database) or not: then the filters' own
      // domains, if no more than the filter list, are compared with each word's domains and
      // customers (unless the word has more than five times as many entries), else they are
      // counted and walked in the database. Under the last limits "shop smith" + net reaches the
      // comparison with both words, one of them only a customer's
      for (DomainRepository.Limits limits :
          List.of(
              new DomainRepository.Limits(count, 2, 1000),
              new DomainRepository.Limits(count, 2, 5),
              new DomainRepository.Limits(1, 2, 20),
              new DomainRepository.Limits(1, 2, 12))) {
        List<String> listed = new java.util.ArrayList<>();
        for (int n = 1; n <= 20; n++) {
          var page = desk.repository.page(filtered, p(n, 3), limits);
          page.items().forEach(i -> listed.add(i.domain().name().ascii()));
          long end = Math.max(limits.count(), n * 3L);
          assertThat(page)
              .as("%s page %d, %s", filtered, n, limits)
              .extracting(x -> x.totalItems(), x -> x.totalExact())
              .containsExactly(Math.min(expected.size(), end), expected.size() <= end);
          if (!page.hasNext()) {
            break;
          }
        }
        assertThat(listed).as("%s, %s", filtered, limits).isEqualTo(expected);
      }
    }
  }

  private static boolean keeps(DomainQuery query, Domain d) {
    return query.state().map(s -> s == d.state()).orElse(true)
        && query.tld().map(t -> t.equals(d.name().tld())).orElse(true)
        && query.plugin().map(p -> p.equals(d.plugin())).orElse(true)
        && query
            .expiringBefore()
            .map(b -> d.expiresOn().map(e -> e.isBefore(b)).orElse(false))
            .orElse(true)
        && query.customerId().map(c -> c == d.customerId()).orElse(true);
  }

  @DatabaseTest
  void badFiltersNameTheirFieldAndAreNotGuessed(TestDatabase db) {
    assertThatThrownBy(() -> query(null, "gone", null, null, null, null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("status"));
    assertThatThrownBy(() -> query(null, null, "not a tld", null, "2026-13-45", "size"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(f -> f.field())
                    .containsExactlyInAnyOrder("tld", "expiringBefore", "sort"));
    assertThat(query(null, "pending-transfer", null, null, null, null).state())
        .contains(DomainState.PENDING_TRANSFER);
    assertThat(query(null, null, ".Com.ES", null, null, null).tld()).contains(Tld.of("com.es"));
  }

  @DatabaseTest
  void aStateChangeIsStored(TestDatabase db) {
    Desk desk = new Desk(db);
    Customer ana = desk.customer("Ana", "García", "ana@example.org");
    long id =
        desk.repository.insert(
            domain(
                DomainName.of("later", "com"),
                ana.id(),
                "dondominio",
                DomainState.PENDING_REGISTRATION));
    clock.advance(java.time.Duration.ofMinutes(5));
    desk.repository.updateState(id, DomainState.ACTIVE, clock.instant());
    Domain read = desk.repository.find(id).orElseThrow();
    assertThat(read.state()).isEqualTo(DomainState.ACTIVE);
    assertThat(read.updatedAt()).isEqualTo(clock.instant());
    assertThat(read.createdAt()).isEqualTo(MutableClock.START);
    assertThat(desk.repository.existingNames(List.of("later.com", "other.com")))
        .containsExactly("later.com");
  }

  // ------------------------------------------------------------------ helpers

  private static DomainQuery query(
      String q, String state, String tld, String plugin, String before, String sort) {
    return DomainQuery.parse(q, state, tld, plugin, before, sort);
  }

  private static PageRequest p(int page, int size) {
    return new PageRequest(page, size);
  }

  private static List<String> names(Desk desk, DomainQuery query) {
    return desk.list(query, new PageRequest(1, 50)).items().stream()
        .map(i -> i.domain().name().ascii())
        .toList();
  }

  private void insert(
      Desk desk,
      String label,
      String tld,
      Customer owner,
      String plugin,
      DomainState state,
      String expires) {
    Domain d = domain(DomainName.of(label, tld), owner.id(), plugin, state);
    if (expires != null) {
      d =
          domain(
              DomainName.of(label, tld),
              owner.id(),
              plugin,
              state,
              Optional.empty(),
              Optional.empty(),
              null,
              LocalDate.parse(expires),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
    }
    desk.repository.insert(d);
  }

  private Domain domain(
      DomainName name,
      long customer,
      String plugin,
      DomainState state,
      Optional<String> registrarId,
      Optional<String> registrarStatus,
      LocalDate registered,
      LocalDate expires,
      Optional<DomainNameservers> nameservers,
      Optional<Boolean> lock,
      Optional<Boolean> privacy,
      Optional<RenewalMode> mode) {
    Instant now = clock.instant();
    return new Domain(
        0,
        name,
        customer,
        plugin,
        registrarId,
        state,
        registrarStatus,
        Optional.ofNullable(registered),
        Optional.ofNullable(expires),
        nameservers,
        lock,
        privacy,
        mode,
        false,
        Map.of(),
        Map.of(),
        Optional.empty(),
        now,
        now);
  }

  private Domain domain(DomainName name, long customer, String plugin, DomainState state) {
    Instant now = clock.instant();
    return new Domain(
        0,
        name,
        customer,
        plugin,
        Optional.empty(),
        state,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        Map.of(),
        Map.of(),
        Optional.empty(),
        now,
        now);
  }

  private final class Desk {
    final CustomFields fields;
    final Customers customers;
    final DomainRepository repository;

    Desk(TestDatabase db) {
      CustomerRepository customerRepository = new CustomerRepository(db.jdbc());
      repository = new DomainRepository(db.jdbc(), db.dataSource());
      fields =
          new CustomFields(
              new CustomFieldRepository(db.jdbc()),
              new ProductGroupRepository(db.jdbc()),
              List.of(
                  new CustomerFieldValueStore(customerRepository),
                  new DomainFieldValueStore(repository)),
              clock);
      customers = new Customers(customerRepository, fields, clock);
    }

    Customer customer(String first, String last, String email) {
      return customers.create(
          new CustomerCommand(
              first,
              last,
              null,
              email,
              "+34 912 34 56 78",
              "Calle Mayor 1",
              null,
              "Madrid",
              null,
              null,
              "ES",
              Map.of()));
    }

    org.regdesk.app.storage.Page<DomainListItem> list(DomainQuery query, PageRequest page) {
      return repository.page(query, page);
    }
  }
}
