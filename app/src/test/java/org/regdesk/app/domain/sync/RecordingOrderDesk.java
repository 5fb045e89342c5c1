package org.regdesk.app.domain.sync;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.regdesk.app.ConflictException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.domain.action.OrderDesk;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.DomainName;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Stands in for the orders feature in the shared test desk (primary, so it wins over the orders
 * feature's adapter once that is merged, until these tests move to real orders): records each order
 * placed, refuses a domain named {@code refused-…} with a field error and one named {@code open-…}
 * as a duplicate.
 */
@Component
@Primary
public class RecordingOrderDesk implements OrderDesk {

  /**
   * An order placed.
   *
   * @param id its id
   * @param type renew or transfer
   * @param customerId the customer
   * @param domain the domain
   * @param years the years
   * @param authCode the auth code of a transfer, or null
   */
  public record Placed(
      long id, String type, long customerId, DomainName domain, int years, AuthCode authCode) {}

  private static final AtomicLong IDS = new AtomicLong(9000);
  private final List<Placed> placed = new CopyOnWriteArrayList<>();

  @Override
  public PlacedOrder renew(long customerId, DomainName domain, int years) {
    return place("renew", customerId, domain, years, null);
  }

  @Override
  public PlacedOrder transfer(long customerId, DomainName domain, AuthCode authCode, int years) {
    return place("transfer", customerId, domain, years, authCode);
  }

  private PlacedOrder place(
      String type, long customerId, DomainName domain, int years, AuthCode authCode) {
    if (domain.ascii().startsWith("refused-")) {
      throw ValidationException.of("domain", "no TLD product sells ." + domain.tld());
    }
    if (domain.ascii().startsWith("open-")) {
      throw new ConflictException("an open " + type + " order for " + domain.ascii() + " exists");
    }
    Placed order = new Placed(IDS.incrementAndGet(), type, customerId, domain, years, authCode);
    placed.add(order);
    return new PlacedOrder(order.id(), "pending");
  }

  /**
   * The orders placed for a domain.
   *
   * @param domain the domain
   * @return the orders, oldest first
   */
  public List<Placed> of(DomainName domain) {
    return placed.stream().filter(p -> p.domain().equals(domain)).toList();
  }
}
