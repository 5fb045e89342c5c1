package org.regdesk.dondominio.client.domain;

import java.util.List;
import java.util.Optional;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.Money;

/**
 * Answer to {@code domain/checkfortransfer}.
 *
 * @param domains one entry per checked domain
 */
public record DomainCheckForTransferResponse(List<Transferability> domains) {

  /** Copies the list. */
  public DomainCheckForTransferResponse {
    domains = List.copyOf(domains);
  }

  /** Reads the response data. */
  public static DomainCheckForTransferResponse from(ResponseData data) {
    return new DomainCheckForTransferResponse(
        data.objects("domains").stream().map(Transferability::from).toList());
  }

  /** The entry for the one domain a request checks, if the server returned it. */
  public Optional<Transferability> first() {
    return domains.stream().findFirst();
  }

  /**
   * Transferability of one domain.
   *
   * @param name the domain
   * @param tld its TLD without leading dot
   * @param transferable whether it can be transferred in now ({@code transferavail})
   * @param reasons why not, when it cannot ({@code transfermsg}; a single string is read as one
   *     reason)
   * @param price the transfer price
   */
  public record Transferability(
      DomainName name,
      String tld,
      boolean transferable,
      List<String> reasons,
      Optional<Money> price) {

    /** Copies the list. */
    public Transferability {
      reasons = List.copyOf(reasons);
    }

    /** Reads one entry. */
    public static Transferability from(ResponseData data) {
      DomainName name =
          data.optionalValue("punycode", DomainName::of)
              .orElseGet(() -> data.value("name", DomainName::of));
      return new Transferability(
          name,
          data.optionalText("tld").orElseGet(name::parentSuffix),
          data.flag("transferavail"),
          data.texts("transfermsg"),
          data.optionalMoney("price", "currency"));
    }
  }
}
