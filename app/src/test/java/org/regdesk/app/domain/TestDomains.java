package org.regdesk.app.domain;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.regdesk.app.catalog.CheckedFieldValues;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.CustomerCommand;
import org.regdesk.app.customer.Customers;
import org.regdesk.registrar.spi.value.DomainName;

/** Customers and domains with names no other test uses, for tests on the shared desk. */
public final class TestDomains {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

  private final Customers customers;
  private final Domains domains;

  /**
   * Creates the fixture.
   *
   * @param customers the desk's customers
   * @param domains the desk's domains
   */
  public TestDomains(Customers customers, Domains domains) {
    this.customers = customers;
    this.domains = domains;
  }

  /**
   * A word no other test uses, lower case.
   *
   * @param prefix what it starts with
   * @return e.g. {@code shop-k3j1-7}
   */
  public static String unique(String prefix) {
    return (prefix + "-" + RUN + "-" + NEXT.incrementAndGet()).toLowerCase(Locale.ROOT);
  }

  /**
   * A new customer.
   *
   * @param lastName the last name
   * @return the customer
   */
  public Customer customer(String lastName) {
    return customers.create(
        new CustomerCommand(
            "Ana",
            lastName,
            null,
            unique("ana") + "@example.org",
            "+34 912 34 56 78",
            "Calle Mayor 1",
            null,
            "Madrid",
            null,
            null,
            "ES",
            Map.of()));
  }

  /**
   * A new domain of the built-in plugin.
   *
   * @param owner the customer
   * @param label the label
   * @param tld the TLD
   * @param state the state
   * @return the domain
   */
  public Domain domain(Customer owner, String label, String tld, DomainState state) {
    return domains.create(
        NewDomain.ordered(
            DomainName.of(label, tld), owner.id(), "dondominio", state, CheckedFieldValues.NONE));
  }
}
