package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.DomainName;

/**
 * {@code domain/checkfortransfer}: whether a domain can be transferred in, and the price.
 *
 * @param domain the domain to check
 */
public record DomainCheckForTransferRequest(DomainName domain)
    implements ApiRequest<DomainCheckForTransferResponse> {

  /** Checks the domain is present. */
  public DomainCheckForTransferRequest {
    Checks.required(domain, "domain");
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_CHECK_FOR_TRANSFER;
  }

  @Override
  public FormParameters parameters() {
    return FormParameters.builder().add("domain", domain.ascii()).build();
  }

  @Override
  public DomainCheckForTransferResponse parseResponse(ResponseData data) {
    return DomainCheckForTransferResponse.from(data);
  }
}
