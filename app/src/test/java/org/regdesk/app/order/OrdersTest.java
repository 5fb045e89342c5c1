package org.regdesk.app.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.ConflictException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.catalog.TldOperation;
import org.regdesk.app.catalog.TldProducts;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.domain.Domain;
import org.regdesk.app.domain.DomainState;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.domain.TestDomains;
import org.regdesk.app.job.Job;
import org.regdesk.app.job.JobState;
import org.regdesk.app.job.Jobs;
import org.regdesk.app.mail.MailOutbox;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.WebTestSupport;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.http.ApiCall;
import org.regdesk.dondominio.sandbox.http.Fault;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.DomainStatus;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.Tld;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Orders on the whole desk against the sandbox over HTTP: each bad input changes nothing; register,
 * transfer and renew run to the end; nothing is ever sent or charged twice.
 */
class OrdersTest extends WebTestSupport {

  @Autowired Orders orders;
  @Autowired Jobs jobs;
  @Autowired Scheduler scheduler;
  @Autowired Sandbox sandbox;
  @Autowired Customers customers;
  @Autowired Domains domains;
  @Autowired TldProducts products;
  @Autowired Registrars registrars;
  @Autowired MailOutbox outbox;
  @Autowired RegisterOrderJob registerJob;
  @Autowired DemoCustomer demoCustomer;
  @Autowired OrderRepository orderRows;
  @Autowired org.regdesk.app.security.SecretBox secrets;

  private TestDomains fixture;
  private OrderFixture wait;
  private Customer customer;

  @BeforeEach
  void setUp() {
    fixture = new TestDomains(customers, domains);
    wait = new OrderFixture(orders, scheduler, sandbox, clock);
    customer = OrderFixture.customer(customers, "Ordertest");
  }

  @AfterEach
  void clearFaults() {
    sandbox.clearFaults();
  }

  private static String fresh(String prefix) {
    return TestDomains.unique(prefix) + ".com";
  }

  private Order registered(String name) {
    Order order = orders.place(wait.register(name, customer.id()));
    wait.awaitSubmitted(order.id());
    wait.activate(order);
    return wait.awaitStatus(order.id(), OrderStatus.DONE);
  }

  @Test
  void aRegistrationRunsToActiveWithItsExpiryChargingTheCustomerPriceOnce() {
    String name = fresh("reg");
    BigDecimal price =
        products.get(Tld.of("com")).prices().price(TldOperation.REGISTER, 1).orElseThrow();

    Order placed = orders.place(wait.register(name, customer.id()));

    assertThat(placed.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(placed.price()).isEqualByComparingTo(price);
    assertThat(placed.jobKey()).isEqualTo("register:" + name);
    assertThat(domains.getByName(name).state()).isEqualTo(DomainState.PENDING_REGISTRATION);

    Order sent = wait.awaitSubmitted(placed.id());
    assertThat(sent.status()).isEqualTo(OrderStatus.RUNNING);
    assertThat(sent.message()).contains("Waiting for the registry");
    assertThat(wait.calls("domain/create", name)).isEqualTo(1);

    wait.activate(sent);
    Order done = wait.awaitStatus(placed.id(), OrderStatus.DONE);

    Domain domain = domains.getByName(name);
    assertThat(domain.state()).isEqualTo(DomainState.ACTIVE);
    LocalDate expiry = LocalDate.parse(wait.state(name).get("tsExpir").asString());
    assertThat(domain.expiresOn()).contains(expiry);
    assertThat(done.message()).contains("expires " + expiry);
    assertThat(done.completedAt()).isNotNull();
    assertThat(wait.created(name)).isEqualTo(1);
    assertThat(wait.charges(name)).isEqualTo(1);
    assertThat(wait.calls("domain/create", name)).isEqualTo(1);

    Job settings = jobs.find("register-settings", name + ":" + placed.id()).orElseThrow();
    wait.await(() -> jobs.job(settings.id()).state() == JobState.DONE, "settings applied");
    assertThat(wait.state(name).get("renewalMode").asString()).isEqualToIgnoringCase("manual");
    // ID protection is already off at DonDominio: one update (the renewal mode), not two
    assertThat(wait.calls("domain/update", name)).isEqualTo(1);
  }

  @Test
  void waitingRegistrationsAreFollowedTogetherNotWithALookEach() {
    List<Order> sent = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Order placed = orders.place(wait.register(fresh("batch" + i), customer.id()));
      sent.add(wait.awaitSubmitted(placed.id()));
    }
    int before = sandbox.calls().size();

    wait.activate(sent.get(0));
    for (Order order : sent) {
      Order done = wait.awaitStatus(order.id(), OrderStatus.DONE);
      LocalDate expiry =
          LocalDate.parse(wait.state(order.domain().ascii()).get("tsExpir").asString());
      assertThat(domains.getByName(order.domain().ascii()).expiresOn()).contains(expiry);
      assertThat(done.message()).contains("expires " + expiry);
      // closed by the common look: the job ran once (the create), not again to close the order
      Job job = orders.job(done).orElseThrow();
      assertThat(job.state()).isEqualTo(JobState.DONE);
      assertThat(jobs.attempts(job.id())).hasSize(1);
    }

    List<ApiCall> looks =
        sandbox.calls().subList(before, sandbox.calls().size()).stream()
            .filter(c -> !c.action().equals("domain/update"))
            .toList();
    // one common look (the newest page of the listing) answered all six: no getinfo per order
    assertThat(looks).extracting(ApiCall::action).containsOnly("domain/list");
    assertThat(looks).hasSizeBetween(1, 2);
  }

  @Test
  void enqueueingTwiceAndRegisterTwiceRegisterOnceAndChargeOnce() {
    String name = fresh("twice");
    String balanceBefore = wait.balance();
    Order order = orders.place(wait.register(name, customer.id()));
    Job first = orders.job(order).orElseThrow();

    Job again = jobs.enqueue(registerJob, order.jobKey(), new OrderJob(order.id()));
    assertThat(again.id()).isEqualTo(first.id());
    orders.registerAgain(order.domainId());
    orders.registerAgain(order.domainId());

    wait.awaitSubmitted(order.id());
    orders.registerAgain(order.domainId());
    wait.activate(order);
    wait.awaitStatus(order.id(), OrderStatus.DONE);
    assertThatThrownBy(() -> orders.registerAgain(order.domainId()))
        .isInstanceOf(ConflictException.class);

    assertThat(wait.created(name)).isEqualTo(1);
    assertThat(wait.charges(name)).isEqualTo(1);
    assertThat(wait.calls("domain/create", name)).isEqualTo(1);
    BigDecimal charged =
        new BigDecimal(wait.state(name).get("charges").get(0).get("amount").asString());
    assertThat(new BigDecimal(wait.balance()))
        .isEqualByComparingTo(new BigDecimal(balanceBefore).subtract(charged));
  }

  @Test
  void aLostAnswerOnCreateIsLookedUpAndRegistersExactlyOnce() {
    String name = fresh("lost");
    sandbox.fault(Fault.applyThenDrop("domain/create"));

    Order order = orders.place(wait.register(name, customer.id()));
    Job job = orders.job(order).orElseThrow();
    wait.await(() -> jobs.job(job.id()).state() == JobState.RETRYING, "retrying");
    assertThat(jobs.job(job.id()).lastErrorKind()).isEqualTo("OUTCOME_UNKNOWN");
    assertThat(wait.created(name)).isEqualTo(1);

    clock.advance(Duration.ofMinutes(1));
    wait.awaitSubmitted(order.id());
    wait.activate(order);
    wait.awaitStatus(order.id(), OrderStatus.DONE);

    assertThat(wait.created(name)).isEqualTo(1);
    assertThat(wait.charges(name)).isEqualTo(1);
    assertThat(domains.getByName(name).state()).isEqualTo(DomainState.ACTIVE);
  }

  @Test
  void aRejectedRegistrationFailsWithTheRegistrarsMessageThenRegisterSucceedsOnceFixed() {
    String name = fresh("refused");
    String balance = wait.balance();
    sandbox.updateAccount(Map.of("balance", "0"));
    Order order;
    try {
      order = orders.place(wait.register(name, customer.id()));
      Order failed = wait.awaitStatus(order.id(), OrderStatus.FAILED);
      assertThat(failed.message()).isNotBlank().contains("1100");
      assertThat(domains.getByName(name).state()).isEqualTo(DomainState.REGISTRATION_FAILED);
      Job job = orders.job(order).orElseThrow();
      assertThat(jobs.job(job.id()).state()).isEqualTo(JobState.NEEDS_ATTENTION);
      assertThat(jobs.needingAttention(500)).extracting(Job::id).contains(job.id());
      assertThat(outbox.to("staff@regdesk.test"))
          .anySatisfy(mail -> assertThat(mail.subject()).contains(name));
      assertThat(wait.created(name)).isZero();
    } finally {
      sandbox.updateAccount(Map.of("balance", balance));
    }

    Order again = orders.registerAgain(order.domainId());
    assertThat(again.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(domains.getByName(name).state()).isEqualTo(DomainState.PENDING_REGISTRATION);
    wait.awaitSubmitted(order.id());
    wait.activate(order);
    wait.awaitStatus(order.id(), OrderStatus.DONE);
    assertThat(wait.created(name)).isEqualTo(1);
    assertThat(wait.charges(name)).isEqualTo(1);
    assertThat(domains.getByName(name).state()).isEqualTo(DomainState.ACTIVE);
  }

  @Test
  void aTransferIsFollowedToCompletionAndTheCustomerIsMailedTheOutcome() {
    String name = fresh("moving");
    String code = "Xy7#" + TestDomains.unique("code");
    sandbox.addForeignDomain(name, code);
    BigDecimal price =
        products.get(Tld.of("com")).prices().price(TldOperation.TRANSFER, 1).orElseThrow();

    Order order = orders.place(wait.transfer(name, customer.id(), code));

    assertThat(order.price()).isEqualByComparingTo(price);
    assertThat(order.toString()).doesNotContain(code);
    String sealed = orderRows.sealedAuthCode(order.id()).orElseThrow();
    assertThat(sealed).doesNotContain(code);
    assertThat(secrets.open(sealed)).isEqualTo(code);
    assertThat(domains.getByName(name).state()).isEqualTo(DomainState.PENDING_TRANSFER);
    wait.awaitSubmitted(order.id());
    assertThat(wait.calls("domain/transfer", name)).isEqualTo(1);

    sandbox.advanceClock(Duration.ofDays(6));
    clock.advance(Duration.ofMinutes(1));
    Order done = wait.awaitStatus(order.id(), OrderStatus.DONE);

    assertThat(done.message()).startsWith("Transferred");
    assertThat(orderRows.sealedAuthCode(order.id())).isEmpty();
    assertThat(domains.getByName(name).state()).isEqualTo(DomainState.ACTIVE);
    assertThat(domains.getByName(name).expiresOn()).isPresent();
    assertThat(wait.calls("domain/transfer", name)).isEqualTo(1);
    assertThat(outbox.to(customer.email().value()))
        .anySatisfy(
            mail -> {
              assertThat(mail.subject()).contains(name).contains("completed");
              assertThat(mail.body()).doesNotContain(code);
            });
  }

  @Test
  void aTransferThatNeverCompletesBacksOffWithoutSendingAgainThenFailsAndTellsTheCustomer() {
    String name = fresh("slow");
    sandbox.addForeignDomain(name, "Right-code-1");
    Order order = orders.place(wait.transfer(name, customer.id(), "Wrong-code-2"));
    wait.awaitSubmitted(order.id());
    Job job = orders.job(order).orElseThrow();
    Duration first = Duration.between(clock.instant(), jobs.job(job.id()).nextRunAt());

    clock.advance(first);
    wait.await(
        () ->
            jobs.job(job.id()).attempts() == 2
                && jobs.job(job.id()).nextRunAt().isAfter(clock.instant()),
        "second look");
    Duration second = Duration.between(clock.instant(), jobs.job(job.id()).nextRunAt());

    assertThat(second).isEqualTo(first.multipliedBy(2));
    assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.RUNNING);
    assertThat(wait.calls("domain/transfer", name)).isEqualTo(1);

    // the registry gives up on the wrong code: the order fails and the customer is told
    sandbox.advanceClock(Duration.ofDays(11));
    clock.advance(second);
    Order failed = wait.awaitStatus(order.id(), OrderStatus.FAILED);
    assertThat(failed.message()).contains("transfer");
    assertThat(domains.getByName(name).state()).isEqualTo(DomainState.TRANSFER_FAILED);
    assertThat(outbox.to(customer.email().value()))
        .anySatisfy(
            mail -> {
              assertThat(mail.subject()).contains(name).contains("not completed");
              assertThat(mail.body()).doesNotContain("Wrong-code-2");
            });
    assertThat(wait.calls("domain/transfer", name)).isEqualTo(1);
  }

  @Test
  void aRenewalIsGuardedByTheExpiryAndAddsItsYears() {
    String name = fresh("renew");
    registered(name);
    LocalDate expiry = domains.getByName(name).expiresOn().orElseThrow();

    Order renew =
        orders.place(new OrderCommand("renew", name, customer.id(), 2, null, null, null, null));
    assertThat(renew.expiryGuard()).contains(expiry);
    assertThat(renew.jobKey()).isEqualTo("renew:" + name + ":" + expiry);
    Order done = wait.awaitStatus(renew.id(), OrderStatus.DONE);

    assertThat(domains.getByName(name).expiresOn()).contains(expiry.plusYears(2));
    assertThat(done.message()).contains(expiry.plusYears(2).toString());
    assertThat(wait.state(name).get("operations").get("renewed").asInt()).isEqualTo(1);

    // the desk's expiry is stale now: a renewal guarded by it is refused and renews nothing
    Domain held = domains.getByName(name);
    domains.applySnapshot(
        held,
        DomainSnapshot.builder(held.name(), DomainStatus.ACTIVE, "active").expires(expiry).build(),
        clock.instant());
    Order stale =
        orders.place(new OrderCommand("renew", name, customer.id(), 1, null, null, null, null));
    assertThat(stale.expiryGuard()).contains(expiry);
    Order failed = wait.awaitStatus(stale.id(), OrderStatus.FAILED);
    assertThat(failed.message()).isNotBlank();
    assertThat(wait.state(name).get("operations").get("renewed").asInt()).isEqualTo(1);
  }

  @Test
  void demoModeHasACustomerWithEverythingARegistrationNeeds() {
    Customer demo =
        customers
            .findByEmail(new org.regdesk.registrar.spi.value.EmailAddress(DemoCustomer.EMAIL))
            .orElseThrow();
    assertThat(demoCustomer.create()).isFalse();

    String name = fresh("demo");
    Order order = orders.place(wait.register(name, demo.id()));
    wait.awaitSubmitted(order.id());
    wait.activate(order);
    assertThat(wait.awaitStatus(order.id(), OrderStatus.DONE).message()).contains("expires");
  }

  @Test
  void anOpenOrderForTheSameDomainAndOperationIsAConflict() {
    String name = fresh("dup");
    Order first = orders.place(wait.register(name, customer.id()));
    assertThatThrownBy(() -> orders.place(wait.register(name, customer.id())))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(name);
    assertThat(orders.list(null, null, name, PageRequest.first()).totalItems()).isEqualTo(1);
    wait.awaitSubmitted(first.id());
  }

  @Test
  void eachBadInputIsNamedAndChangesNothing() {
    long ordersBefore = orders.list(null, null, null, PageRequest.first()).totalItems();
    long jobsBefore = jobs.list(null, null, PageRequest.first()).totalItems();

    rejects(
        new OrderCommand(null, null, null, null, null, null, null, null),
        "type",
        "domain",
        "customerId");
    rejects(new OrderCommand("buy", fresh("x"), customer.id(), 1, null, null, null, null), "type");
    rejects(wait.register("-bad-.com", customer.id()), "domain");
    rejects(wait.register(TestDomains.unique("nosale") + ".zw", customer.id()), "domain");
    rejects(wait.register(fresh("cust"), 999_999_999L), "customerId");
    rejects(
        new OrderCommand("register", fresh("y"), customer.id(), 0, null, null, null, null),
        "years");
    rejects(
        new OrderCommand("register", fresh("y"), customer.id(), null, null, null, null, null),
        "years");
    rejects(
        new OrderCommand(
            "register", "taken-" + fresh("t"), customer.id(), 1, null, null, null, null),
        "domain");
    rejects(
        new OrderCommand(
            "register",
            fresh("ns"),
            customer.id(),
            1,
            null,
            List.of("ns1.example.net"),
            null,
            null),
        "nameservers");
    rejects(
        new OrderCommand(
            "register", fresh("f"), customer.id(), 1, null, null, Map.of("noSuchField", "x"), null),
        "fields.noSuchField");
    rejects(
        new OrderCommand(
            "register", "premium-" + fresh("p"), customer.id(), 1, null, null, null, null),
        "acceptPremiumPrice");
    rejects(
        new OrderCommand(
            "register", "premium-" + fresh("p"), customer.id(), 1, null, null, null, "12.00"),
        "acceptPremiumPrice");
    rejects(
        new OrderCommand("register", fresh("np"), customer.id(), 1, null, null, null, "12.00"),
        "acceptPremiumPrice");
    rejects(
        new OrderCommand("transfer", fresh("tr"), customer.id(), null, null, null, null, null),
        "authCode");
    rejects(
        new OrderCommand(
            "transfer", fresh("notheld"), customer.id(), null, "abc", null, null, null),
        "domain");
    rejects(
        new OrderCommand("renew", fresh("unknown"), customer.id(), 1, null, null, null, null),
        "domain");
    Domain someoneElses =
        fixture.domain(
            OrderFixture.customer(customers, "Other"),
            TestDomains.unique("theirs"),
            "com",
            DomainState.REGISTRATION_FAILED);
    assertThatThrownBy(
            () -> orders.place(wait.register(someoneElses.name().ascii(), customer.id())))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).contains("customerId"));
    assertThat(domains.get(someoneElses.id()).state()).isEqualTo(DomainState.REGISTRATION_FAILED);
    rejects(
        new OrderCommand(
            "register",
            TestDomains.unique("aero") + ".aero",
            customer.id(),
            1,
            null,
            null,
            Map.of(),
            null),
        e ->
            assertThat(e.errors())
                .extracting(FieldError::field)
                .anyMatch(f -> f.startsWith("fields.")));
    String hk = hongKong();
    rejects(
        wait.register(TestDomains.unique("dob") + "." + hk, customer.id()), "customer.dateOfBirth");

    assertThat(orders.list(null, null, null, PageRequest.first()).totalItems())
        .isEqualTo(ordersBefore);
    assertThat(jobs.list(null, null, PageRequest.first()).totalItems()).isEqualTo(jobsBefore);
  }

  /** A TLD whose registrar needs the owner's date of birth (DonDominio: .hk). */
  private String hongKong() {
    if (products.find(Tld.of("hk")).isEmpty()) {
      products.create(
          new org.regdesk.app.catalog.TldProductCommand(
              "hk",
              products.get(Tld.of("com")).groupId(),
              false,
              "dondominio",
              Map.of("register", Map.of("1", "40")),
              null,
              null));
    }
    assertThat(registrars.requirements("dondominio", Tld.of("hk")).customerFields())
        .contains(org.regdesk.registrar.spi.value.CustomerField.DATE_OF_BIRTH);
    return "hk";
  }

  private void rejects(OrderCommand command, String... fields) {
    rejects(command, e -> assertThat(e.errors()).extracting(FieldError::field).contains(fields));
  }

  private void rejects(OrderCommand given, Consumer<ValidationException> check) {
    // the shared desk may require fields other tests added: fill them unless the case is about them
    OrderCommand command =
        given.fields() != null || given.domain() == null
            ? given
            : new OrderCommand(
                given.type(),
                given.domain(),
                given.customerId(),
                given.years(),
                given.authCode(),
                given.nameservers(),
                wait.requiredFields(given.domain()),
                given.acceptPremiumPrice());
    String name = command.domain();
    assertThatThrownBy(() -> orders.place(command))
        .isInstanceOfSatisfying(ValidationException.class, check);
    if (name != null && !name.startsWith("-")) {
      try {
        assertThat(domains.getByName(name)).isNull();
      } catch (org.regdesk.app.NotFoundException expected) {
        // nothing stored
      }
    }
  }
}
