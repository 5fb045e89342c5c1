package org.regdesk.dondominio.client.domain;

import java.util.List;
import java.util.Optional;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.value.Money;

/**
 * Answer to {@code domain/renew}.
 *
 * @param charged the amount charged ({@code billing})
 * @param domains the renewed domain (one element)
 */
public record DomainRenewResponse(Optional<Money> charged, List<RenewedDomain> domains) {

  /** Copies the list. */
  public DomainRenewResponse {
    domains = List.copyOf(domains);
  }

  /** Reads the response data. */
  public static DomainRenewResponse from(ResponseData data) {
    return new DomainRenewResponse(
        data.optionalObject("billing").flatMap(b -> b.optionalMoney("total", "currency")),
        data.objects("domains").stream().map(RenewedDomain::from).toList());
  }

  /** The renewed domain, if the server returned it. */
  public Optional<RenewedDomain> first() {
    return domains.stream().findFirst();
  }

  /**
   * A renewed domain.
   *
   * @param domain the base fields; status typically {@code renewed}. Whether the expiry is the old
   *     or the new date is not documented: read it from {@code domain/getinfo} when it matters
   * @param renewPeriod the years added ({@code renewPeriod}, sent as a string)
   */
  public record RenewedDomain(DomainSummary domain, Optional<Integer> renewPeriod) {

    /** Reads one entry. */
    public static RenewedDomain from(ResponseData data) {
      return new RenewedDomain(
          DomainSummary.from(data),
          data.optionalInteger("renewPeriod").filter(p -> p > 0 && p < 100).map(Long::intValue));
    }
  }
}
