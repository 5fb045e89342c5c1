package org.regdesk.app.order;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.regdesk.app.job.Job;
import org.regdesk.app.testing.MutableClock;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.http.ApiCall;
import tools.jackson.databind.JsonNode;

/** Waiting for orders and reading the sandbox, for order tests on the shared desk. */
public final class OrderFixture {

  private final Orders orders;
  private final Scheduler scheduler;
  private final Sandbox sandbox;
  private final MutableClock clock;

  /**
   * Creates the fixture.
   *
   * @param orders the orders service
   * @param scheduler the desk's scheduler
   * @param sandbox the desk's demo sandbox
   * @param clock the desk's clock
   */
  public OrderFixture(Orders orders, Scheduler scheduler, Sandbox sandbox, MutableClock clock) {
    this.orders = orders;
    this.scheduler = scheduler;
    this.sandbox = sandbox;
    this.clock = clock;
    // the test desk keeps its sandbox's state between runs: never let earlier runs drain it
    sandbox.updateAccount(Map.of("balance", "100000"));
  }

  /**
   * A customer with everything DonDominio asks of a contact: postal code, province and a VAT number
   * (the customer field linked to the identity number). Named so that no other test's search words
   * find it.
   *
   * @param customers the desk's customers
   * @param lastName the last name
   * @return the customer
   */
  public static org.regdesk.app.customer.Customer customer(
      org.regdesk.app.customer.Customers customers, String lastName) {
    return customer(customers, lastName, Map.of("vatNumber", "12345678Z"));
  }

  /**
   * A customer like {@link #customer(org.regdesk.app.customer.Customers, String)} with other custom
   * field values.
   *
   * @param customers the desk's customers
   * @param lastName the last name
   * @param values the custom field values
   * @return the customer
   */
  public static org.regdesk.app.customer.Customer customer(
      org.regdesk.app.customer.Customers customers, String lastName, Map<String, String> values) {
    return customers.create(
        new org.regdesk.app.customer.CustomerCommand(
            "Orla",
            lastName,
            null,
            org.regdesk.app.domain.TestDomains.unique("buyer") + "@example.org",
            "+34 912 34 56 78",
            "Calle Mayor 1",
            null,
            "Madrid",
            "Madrid",
            "28013",
            "ES",
            values));
  }

  /**
   * Values for every required domain field the desk asks for a domain (other tests on the shared
   * desk add required fields to every product group).
   *
   * @param domain the domain
   * @return the values by key
   */
  public Map<String, String> requiredFields(String domain) {
    Map<String, String> values = new java.util.LinkedHashMap<>();
    for (org.regdesk.app.catalog.CustomFieldDefinition field : orders.domainFieldsFor(domain)) {
      if (!field.required()) {
        continue;
      }
      values.put(
          field.key(),
          switch (field.type()) {
            case DATE -> "2000-01-01";
            case YES_NO -> "true";
            case CHOICE -> field.options().get(0).value();
            default -> "order test";
          });
    }
    return values;
  }

  /**
   * A register order for one year with the required domain fields filled in.
   *
   * @param domain the domain
   * @param customerId the customer
   * @return the command
   */
  public OrderCommand register(String domain, long customerId) {
    return new OrderCommand(
        "register", domain, customerId, 1, null, List.of(), requiredFields(domain), null);
  }

  /**
   * A transfer order with the required domain fields filled in.
   *
   * @param domain the domain
   * @param customerId the customer
   * @param authCode the auth code
   * @return the command
   */
  public OrderCommand transfer(String domain, long customerId, String authCode) {
    return new OrderCommand(
        "transfer", domain, customerId, null, authCode, List.of(), requiredFields(domain), null);
  }

  /**
   * Waits (at most 30 s, nudging the scheduler) until an order is in a status.
   *
   * @param id the order
   * @param status the status awaited
   * @return the order
   */
  public Order awaitStatus(long id, OrderStatus status) {
    await(() -> orders.get(id).status() == status, "order " + id + " " + status);
    return orders.get(id);
  }

  /**
   * Waits until a condition holds.
   *
   * @param condition the condition
   * @param what what is awaited, for the failure
   */
  public void await(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 30 s: " + what + " (" + describe() + ")");
      }
      scheduler.triggerCheckForDueExecutions();
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
  }

  /**
   * Waits until the order's job has been sent to the registrar and waits to look again.
   *
   * @param id the order
   * @return the order
   */
  public Order awaitSubmitted(long id) {
    await(
        () -> {
          Order order = orders.get(id);
          Job job = orders.job(order).orElse(null);
          return order.submittedAt().isPresent()
              && job != null
              && job.state() == org.regdesk.app.job.JobState.PENDING
              && job.nextRunAt() != null
              && job.nextRunAt().isAfter(clock.instant());
        },
        "order " + id + " sent and waiting");
    return orders.get(id);
  }

  /**
   * Lets the registry finish a registration: the sandbox's clock three minutes on, the desk's clock
   * past the next look.
   *
   * @param order the order
   */
  public void activate(Order order) {
    sandbox.advanceClock(Duration.ofMinutes(3));
    clock.advance(Duration.ofMinutes(1));
  }

  /**
   * The sandbox's view of a name.
   *
   * @param domain the name
   * @return the view
   */
  public JsonNode state(String domain) {
    return sandbox.domainState(domain).orElseThrow();
  }

  /**
   * How many times the sandbox created the name (over all its lives).
   *
   * @param domain the name
   * @return the count
   */
  public int created(String domain) {
    return sandbox
        .domainState(domain)
        .map(n -> n.get("operations").get("created").asInt())
        .orElse(0);
  }

  /**
   * The charges of a name.
   *
   * @param domain the name
   * @return the count
   */
  public int charges(String domain) {
    return sandbox.domainState(domain).map(n -> n.get("charges").size()).orElse(0);
  }

  /**
   * The requests for an action about a name that reached the sandbox.
   *
   * @param action e.g. {@code domain/create}
   * @param domain the name
   * @return how many
   */
  public long calls(String action, String domain) {
    return sandbox.calls().stream()
        .filter(c -> c.action().equals(action))
        .filter(c -> domain.equals(c.parameters().get("domain")))
        .filter(ApiCall::reachedEngine)
        .count();
  }

  /**
   * The sandbox account's balance.
   *
   * @return e.g. {@code 987.50}
   */
  public String balance() {
    return sandbox.updateAccount(Map.of("threshold", "50.00")).get("balance").asString();
  }

  private String describe() {
    return orders
        .list(null, null, null, new org.regdesk.app.storage.PageRequest(1, 3))
        .items()
        .stream()
        .map(o -> "order " + o.id() + " " + o.status() + ": " + o.message())
        .reduce((a, b) -> a + "; " + b)
        .orElse("no orders");
  }
}
