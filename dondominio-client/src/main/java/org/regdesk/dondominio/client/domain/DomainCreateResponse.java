package org.regdesk.dondominio.client.domain;

import java.util.List;
import java.util.Optional;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.value.Money;

/**
 * Answer to {@code domain/create}.
 *
 * @param charged the amount charged to the balance ({@code billing})
 * @param domains the registered domain (one element)
 */
public record DomainCreateResponse(Optional<Money> charged, List<OrderedDomain> domains) {

  /** Copies the list. */
  public DomainCreateResponse {
    domains = List.copyOf(domains);
  }

  /** Reads the response data. */
  public static DomainCreateResponse from(ResponseData data) {
    return new DomainCreateResponse(
        data.optionalObject("billing").flatMap(b -> b.optionalMoney("total", "currency")),
        data.objects("domains").stream().map(OrderedDomain::from).toList());
  }

  /** The registered domain, if the server returned it. */
  public Optional<OrderedDomain> first() {
    return domains.stream().findFirst();
  }
}
