package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.DomainSelector;
import org.regdesk.dondominio.client.value.Nameservers;

/**
 * {@code domain/updatenameservers}: replaces a domain's name servers with two to seven host names,
 * or DonDominio's hosting DNS ({@code default}). Never resent automatically.
 *
 * @param domain the domain
 * @param nameservers host names or {@code default}
 */
public record DomainUpdateNameserversRequest(DomainSelector domain, Nameservers nameservers)
    implements ApiRequest<DomainSummary> {

  /** Checks the parts. */
  public DomainUpdateNameserversRequest {
    Checks.required(domain, "domain");
    DomainUpdateRequest.checkForUpdate(nameservers);
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_UPDATE_NAMESERVERS;
  }

  @Override
  public FormParameters parameters() {
    return FormParameters.builder()
        .add(domain.parameterName(), domain.parameterValue())
        .add("nameservers", nameservers.wireValue())
        .build();
  }

  @Override
  public DomainSummary parseResponse(ResponseData data) {
    return DomainSummary.from(data);
  }
}
