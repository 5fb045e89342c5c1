package org.regdesk.app.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdesk.app.domain.DomainRepository;
import org.regdesk.app.domain.DomainState;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.storage.SqlTime;
import org.regdesk.app.testing.DatabaseTest;
import org.regdesk.app.testing.MutableClock;
import org.regdesk.app.testing.TestDatabase;
import org.regdesk.registrar.spi.value.DomainName;
import org.springframework.dao.DuplicateKeyException;

/** The orders table on H2 and PostgreSQL: every part read back, one open order, filters. */
class StorageOfOrdersTest {

  private final MutableClock clock = new MutableClock();

  private static long customer(TestDatabase db) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    db.jdbc()
        .sql(
            "INSERT INTO customers (first_name, last_name, email, email_lower, phone, address1,"
                + " city, country, sort_name, created_at, updated_at) VALUES ('Ana', 'García',"
                + " 'ana@example.org', 'ana@example.org', '+34912345678', 'Calle Mayor 1',"
                + " 'Madrid', 'ES', 'garcía ana', :at, :at)")
        .param("at", SqlTime.toSql(MutableClock.START))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  private long domain(TestDatabase db, long customerId, DomainName name) {
    return new DomainRepository(db.jdbc(), db.dataSource())
        .insert(
            new org.regdesk.app.domain.Domain(
                0,
                name,
                customerId,
                "dondominio",
                Optional.empty(),
                DomainState.PENDING_REGISTRATION,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                java.util.Map.of(),
                java.util.Map.of(),
                Optional.empty(),
                clock.instant(),
                clock.instant()));
  }

  private OrderRepository.NewOrder order(
      OrderType type, long domainId, DomainName name, long customerId, String sealed) {
    return new OrderRepository.NewOrder(
        type,
        domainId,
        name,
        customerId,
        "dondominio",
        2,
        new BigDecimal("25.90"),
        "EUR",
        type == OrderType.REGISTER ? new BigDecimal("499.00") : null,
        sealed,
        List.of("ns1.example.net", "ns2.example.net"),
        type == OrderType.RENEW ? LocalDate.parse("2027-01-15") : null,
        type.key() + ":" + name.ascii(),
        clock.instant());
  }

  @DatabaseTest
  void anOrderIsStoredWithEveryPartAndOnlyOneOpenOrderPerDomainAndType(TestDatabase db) {
    OrderRepository repository = new OrderRepository(db.jdbc());
    long ana = customer(db);
    DomainName name = DomainName.of("españa", "com");
    long domainId = domain(db, ana, name);

    long id = repository.insert(order(OrderType.REGISTER, domainId, name, ana, null));
    Order read = repository.find(id).orElseThrow();
    assertThat(read.type()).isEqualTo(OrderType.REGISTER);
    assertThat(read.domain()).isEqualTo(name);
    assertThat(read.domainId()).isEqualTo(domainId);
    assertThat(read.customerId()).isEqualTo(ana);
    assertThat(read.years()).isEqualTo(2);
    assertThat(read.priceText()).isEqualTo("25.90");
    assertThat(read.premiumPrice())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("499"));
    assertThat(read.nameservers()).containsExactly("ns1.example.net", "ns2.example.net");
    assertThat(read.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(read.jobKey()).isEqualTo("register:xn--espaa-rta.com");
    assertThat(read.submittedAt()).isEmpty();
    assertThat(read.createdAt()).isEqualTo(clock.instant());
    assertThat(repository.openExists(OrderType.REGISTER, name)).isTrue();
    assertThat(repository.openExists(OrderType.TRANSFER, name)).isFalse();

    assertThatThrownBy(
            () -> repository.insert(order(OrderType.REGISTER, domainId, name, ana, null)))
        .isInstanceOf(DuplicateKeyException.class);

    clock.advance(Duration.ofMinutes(5));
    repository.markSubmitted(id, clock.instant());
    repository.updateStatus(
        id, OrderStatus.FAILED, "Name taken (registrar code 2010)", clock.instant());
    Order failed = repository.find(id).orElseThrow();
    assertThat(failed.status()).isEqualTo(OrderStatus.FAILED);
    assertThat(failed.message()).isEqualTo("Name taken (registrar code 2010)");
    assertThat(failed.submittedAt()).contains(clock.instant());
    assertThat(failed.completedAt()).isEqualTo(clock.instant());
    assertThat(repository.openExists(OrderType.REGISTER, name)).isFalse();
    assertThat(repository.findByJob(OrderType.REGISTER, "register:xn--espaa-rta.com"))
        .map(Order::id)
        .contains(id);

    repository.updateStatus(id, OrderStatus.PENDING, "Retried", clock.instant());
    assertThat(repository.openExists(OrderType.REGISTER, name)).isTrue();
    assertThat(repository.find(id).orElseThrow().completedAt()).isNull();
  }

  @DatabaseTest
  void aTransfersSealedAuthCodeIsForgottenWhenItIsDone(TestDatabase db) {
    OrderRepository repository = new OrderRepository(db.jdbc());
    long ana = customer(db);
    DomainName name = DomainName.of("moving", "net");
    long id =
        repository.insert(
            order(OrderType.TRANSFER, domain(db, ana, name), name, ana, "sealed-text"));
    assertThat(repository.sealedAuthCode(id)).contains("sealed-text");
    assertThat(repository.close(id, "Transferred", clock.instant())).isTrue();
    assertThat(repository.sealedAuthCode(id)).isEmpty();
  }

  @DatabaseTest
  void anOrderIsClosedOnceWhoeverSeesItDoneFirst(TestDatabase db) {
    OrderRepository repository = new OrderRepository(db.jdbc());
    long ana = customer(db);
    DomainName name = DomainName.of("once", "com");
    long id = repository.insert(order(OrderType.REGISTER, domain(db, ana, name), name, ana, null));
    repository.updateStatus(id, OrderStatus.RUNNING, "Registering", clock.instant());
    clock.advance(Duration.ofSeconds(3));

    assertThat(repository.close(id, "Registered, active, expires 2027-11-28", clock.instant()))
        .isTrue();
    Instant closedAt = clock.instant();
    clock.advance(Duration.ofSeconds(1));
    assertThat(repository.close(id, "closed again", clock.instant())).isFalse();

    Order done = repository.find(id).orElseThrow();
    assertThat(done.status()).isEqualTo(OrderStatus.DONE);
    assertThat(done.message()).isEqualTo("Registered, active, expires 2027-11-28");
    assertThat(done.completedAt()).isEqualTo(closedAt);
    assertThat(repository.openExists(OrderType.REGISTER, name)).isFalse();
  }

  @DatabaseTest
  void registrationsNoDeskFollowsAreTheOnesWhoseLeaseRanOut(TestDatabase db) {
    OrderRepository repository = new OrderRepository(db.jdbc());
    long ana = customer(db);
    Map<String, Long> ids = new LinkedHashMap<>();
    for (String label : List.of("leased", "expired", "fresh", "old", "unsent", "done")) {
      DomainName name = DomainName.of(label, "com");
      long id =
          repository.insert(order(OrderType.REGISTER, domain(db, ana, name), name, ana, null));
      repository.updateStatus(id, OrderStatus.RUNNING, "Registering", clock.instant());
      ids.put(label, id);
    }
    Instant start = clock.instant();
    for (String sent : List.of("leased", "expired", "old", "done")) {
      repository.markSubmitted(ids.get(sent), start);
    }
    repository.close(ids.get("done"), "Registered", start);
    repository.follow(List.of(ids.get("leased")), start.plusSeconds(60));
    repository.follow(List.of(ids.get("expired")), start.plusSeconds(10));
    clock.advance(Duration.ofSeconds(30));
    repository.markSubmitted(ids.get("fresh"), clock.instant());
    Instant now = clock.instant();

    // sent 30 s ago without a lease counts as unfollowed only if leases last less than that
    assertThat(repository.unfollowedRegistrations(now, now.minusSeconds(20), 10))
        .extracting(Order::id)
        .containsExactly(ids.get("expired"), ids.get("old"));
    assertThat(repository.unfollowedRegistrations(now, now.minusSeconds(40), 10))
        .extracting(Order::id)
        .containsExactly(ids.get("expired"));
    assertThat(repository.unfollowedRegistrations(now, now.minusSeconds(20), 1))
        .extracting(Order::id)
        .containsExactly(ids.get("expired"));

    // a desk looking at what it follows sees the sent, still waiting ones only
    assertThat(repository.waitingRegistrations(ids.values()))
        .extracting(Order::id)
        .containsExactly(ids.get("leased"), ids.get("expired"), ids.get("fresh"), ids.get("old"));

    repository.follow(List.of(ids.get("expired"), ids.get("old")), now.plusSeconds(60));
    assertThat(repository.unfollowedRegistrations(now, now.minusSeconds(20), 10)).isEmpty();
  }

  @DatabaseTest
  void theListFiltersByStatusTypeAndDomainNewestFirst(TestDatabase db) {
    OrderRepository repository = new OrderRepository(db.jdbc());
    long ana = customer(db);
    DomainName one = DomainName.of("one", "com");
    DomainName two = DomainName.of("two", "com");
    long oneId = domain(db, ana, one);
    long twoId = domain(db, ana, two);
    long first = repository.insert(order(OrderType.REGISTER, oneId, one, ana, null));
    clock.advance(Duration.ofMinutes(1));
    long second = repository.insert(order(OrderType.RENEW, twoId, two, ana, null));
    clock.advance(Duration.ofMinutes(1));
    long third = repository.insert(order(OrderType.REGISTER, twoId, two, ana, null));
    repository.updateStatus(first, OrderStatus.DONE, "ok", clock.instant());

    assertThat(repository.page(null, null, null, PageRequest.first()))
        .extracting(Order::id)
        .containsExactly(third, second, first);
    assertThat(repository.page(OrderStatus.DONE, null, null, PageRequest.first()))
        .extracting(Order::id)
        .containsExactly(first);
    assertThat(repository.page(null, OrderType.REGISTER, two, PageRequest.first()))
        .extracting(Order::id)
        .containsExactly(third);
    assertThat(repository.page(OrderStatus.PENDING, OrderType.RENEW, null, PageRequest.first()))
        .extracting(Order::id)
        .containsExactly(second);
    assertThat(repository.page(null, null, null, new PageRequest(2, 2)))
        .extracting(Order::id)
        .containsExactly(first);
    assertThat(repository.count(OrderStatus.PENDING, null, null)).isEqualTo(2);
    assertThat(repository.ofDomain(twoId)).extracting(Order::id).containsExactly(third, second);
    assertThat(repository.find(second).orElseThrow().expiryGuard())
        .contains(LocalDate.parse("2027-01-15"));
    assertThat(repository.jobKeyUsed(OrderType.REGISTER, "register:one.com")).isTrue();
    assertThat(repository.jobKeyUsed(OrderType.TRANSFER, "register:one.com")).isFalse();
  }
}
