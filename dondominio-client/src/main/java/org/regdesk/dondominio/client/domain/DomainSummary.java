package org.regdesk.dondominio.client.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.value.DomainId;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.DomainStatus;

/**
 * The base fields every domain object carries: name, status, TLD, expiry and ID. Also the answer to
 * updates and {@code domain/transferrestart}.
 *
 * @param name the domain
 * @param status its life-cycle state
 * @param tld its TLD without leading dot as DonDominio counts it, e.g. {@code com.es}
 * @param expiry the expiry date ({@code tsExpir}); empty while unknown, e.g. right after create
 * @param id the domain ID, when the response carries it
 */
public record DomainSummary(
    DomainName name,
    DomainStatus status,
    String tld,
    Optional<LocalDate> expiry,
    Optional<DomainId> id) {

  /** Reads the base fields. */
  public static DomainSummary from(ResponseData data) {
    DomainName name =
        data.optionalValue("name", DomainName::of)
            .orElseGet(() -> data.value("punycode", DomainName::of));
    return new DomainSummary(
        name,
        DomainStatus.fromWire(data.textOrEmpty("status")),
        data.optionalText("tld").orElseGet(name::parentSuffix),
        data.date("tsExpir"),
        data.optionalInteger("domainID").filter(id -> id > 0).map(DomainId::new));
  }

  /** Reads the base fields when the response has them (responses whose shape is undocumented). */
  public static Optional<DomainSummary> fromIfPresent(ResponseData data) {
    return data.has("name") ? Optional.of(from(data)) : Optional.empty();
  }
}
