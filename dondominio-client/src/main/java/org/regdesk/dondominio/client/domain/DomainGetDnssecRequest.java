package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.DomainSelector;

/**
 * {@code domain/getdnssec}: the DNSSEC records (same as {@code getinfo infoType=dnssec}).
 *
 * @param domain the domain
 */
public record DomainGetDnssecRequest(DomainSelector domain)
    implements ApiRequest<DomainDnssecInfo> {

  /** Checks the domain. */
  public DomainGetDnssecRequest {
    Checks.required(domain, "domain");
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_GET_DNSSEC;
  }

  @Override
  public FormParameters parameters() {
    return FormParameters.builder().add(domain.parameterName(), domain.parameterValue()).build();
  }

  @Override
  public DomainDnssecInfo parseResponse(ResponseData data) {
    return DomainDnssecInfo.from(data);
  }
}
