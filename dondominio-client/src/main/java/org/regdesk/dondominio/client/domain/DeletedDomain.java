package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.ServerTimestamp;

/**
 * A deleted domain, from {@code domain/listdeleted}.
 *
 * @param name the domain
 * @param tld its TLD without leading dot
 * @param deleted when it was deleted ({@code tsDeleted}; format undocumented)
 * @param info the server's note
 */
public record DeletedDomain(DomainName name, String tld, ServerTimestamp deleted, String info) {

  /** Reads one item. */
  public static DeletedDomain from(ResponseData data) {
    DomainName name = data.value("name", DomainName::of);
    return new DeletedDomain(
        name,
        data.optionalText("tld").orElseGet(name::parentSuffix),
        new ServerTimestamp(data.textOrEmpty("tsDeleted")),
        data.textOrEmpty("info"));
  }
}
