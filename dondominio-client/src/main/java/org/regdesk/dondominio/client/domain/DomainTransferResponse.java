package org.regdesk.dondominio.client.domain;

import java.util.List;
import java.util.Optional;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.value.Money;

/**
 * Answer to {@code domain/transfer}; same shape as {@link DomainCreateResponse}.
 *
 * @param charged the amount charged to the balance ({@code billing})
 * @param domains the domain being transferred (one element)
 */
public record DomainTransferResponse(Optional<Money> charged, List<OrderedDomain> domains) {

  /** Copies the list. */
  public DomainTransferResponse {
    domains = List.copyOf(domains);
  }

  /** Reads the response data. */
  public static DomainTransferResponse from(ResponseData data) {
    return new DomainTransferResponse(
        data.optionalObject("billing").flatMap(b -> b.optionalMoney("total", "currency")),
        data.objects("domains").stream().map(OrderedDomain::from).toList());
  }

  /** The transferred domain, if the server returned it. */
  public Optional<OrderedDomain> first() {
    return domains.stream().findFirst();
  }
}
