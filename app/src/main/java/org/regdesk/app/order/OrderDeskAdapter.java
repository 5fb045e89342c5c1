package org.regdesk.app.order;

import java.util.List;
import java.util.Map;
import org.regdesk.app.domain.action.OrderDesk;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.DomainName;
import org.springframework.stereotype.Component;

/**
 * The orders feature behind the domain page's Plugin actions Renew and Initiate transfer and the
 * automatic renewal: each places an order exactly as {@code POST /api/v1/orders} does.
 */
@Component
class OrderDeskAdapter implements OrderDesk {

  private final Orders orders;

  OrderDeskAdapter(Orders orders) {
    this.orders = orders;
  }

  @Override
  public PlacedOrder renew(long customerId, DomainName domain, int years) {
    return placed(
        orders.place(
            new OrderCommand(
                "renew", domain.ascii(), customerId, years, null, List.of(), Map.of(), null)));
  }

  @Override
  public PlacedOrder transfer(long customerId, DomainName domain, AuthCode authCode, int years) {
    // a transfer adds the registry's one year; the order is for that year
    return placed(
        orders.place(
            new OrderCommand(
                "transfer",
                domain.ascii(),
                customerId,
                null,
                authCode.value(),
                List.of(),
                Map.of(),
                null)));
  }

  private static PlacedOrder placed(Order order) {
    return new PlacedOrder(order.id(), order.status().key());
  }
}
