package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.DomainName;

/**
 * {@code domain/check}: whether a domain can be registered, and its price. One domain per call;
 * DonDominio blocks accounts that mass-check availability.
 *
 * @param domain the domain to check
 */
public record DomainCheckRequest(DomainName domain) implements ApiRequest<DomainCheckResponse> {

  /** Checks the domain is present. */
  public DomainCheckRequest {
    Checks.required(domain, "domain");
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_CHECK;
  }

  @Override
  public FormParameters parameters() {
    return FormParameters.builder().add("domain", domain.ascii()).build();
  }

  @Override
  public DomainCheckResponse parseResponse(ResponseData data) {
    return DomainCheckResponse.from(data);
  }
}
