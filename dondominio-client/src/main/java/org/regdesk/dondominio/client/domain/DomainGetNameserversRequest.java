package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.DomainSelector;

/**
 * {@code domain/getnameservers}: the name servers (same as {@code getinfo infoType=nameservers}).
 *
 * @param domain the domain
 */
public record DomainGetNameserversRequest(DomainSelector domain)
    implements ApiRequest<DomainNameserverInfo> {

  /** Checks the domain. */
  public DomainGetNameserversRequest {
    Checks.required(domain, "domain");
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_GET_NAMESERVERS;
  }

  @Override
  public FormParameters parameters() {
    return FormParameters.builder().add(domain.parameterName(), domain.parameterValue()).build();
  }

  @Override
  public DomainNameserverInfo parseResponse(ResponseData data) {
    return DomainNameserverInfo.from(data);
  }
}
