package org.regdesk.dondominio.client.domain;

import java.util.List;
import java.util.Optional;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.Money;

/**
 * Answer to {@code domain/check}.
 *
 * @param domains one entry per checked domain
 */
public record DomainCheckResponse(List<Availability> domains) {

  /** Copies the list. */
  public DomainCheckResponse {
    domains = List.copyOf(domains);
  }

  /** Reads the response data. */
  public static DomainCheckResponse from(ResponseData data) {
    return new DomainCheckResponse(
        data.objects("domains").stream().map(Availability::from).toList());
  }

  /** The entry for the one domain a request checks, if the server returned it. */
  public Optional<Availability> first() {
    return domains.stream().findFirst();
  }

  /**
   * Availability of one domain.
   *
   * @param name the domain
   * @param tld its TLD without leading dot
   * @param available whether it can be registered
   * @param premium whether it is a premium name (create needs the premium flag)
   * @param price the yearly registration price (the premium price for premium names)
   */
  public record Availability(
      DomainName name, String tld, boolean available, boolean premium, Optional<Money> price) {

    /** Reads one entry. */
    public static Availability from(ResponseData data) {
      DomainName name =
          data.optionalValue("punycode", DomainName::of)
              .orElseGet(() -> data.value("name", DomainName::of));
      return new Availability(
          name,
          data.optionalText("tld").orElseGet(name::parentSuffix),
          data.flag("available"),
          data.flagOrFalse("premium"),
          data.optionalMoney("price", "currency"));
    }
  }
}
