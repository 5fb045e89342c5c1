package org.regdesk.dondominio.client.domain;

import java.util.Optional;
import org.regdesk.dondominio.client.ResponseData;

/**
 * A domain's associated hosting service ({@code domain/getinfo infoType=service}, or a {@code
 * domain/list} item with that info type). The API does not document the service object, so it is
 * given as raw response data.
 *
 * @param domain the base fields
 * @param service the {@code service} object, when present
 */
public record DomainServiceInfo(DomainSummary domain, Optional<ResponseData> service) {

  /** Reads the response data. */
  public static DomainServiceInfo from(ResponseData data) {
    return new DomainServiceInfo(DomainSummary.from(data), data.optionalObject("service"));
  }
}
