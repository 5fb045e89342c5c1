package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.DomainSelector;

/**
 * {@code domain/getauthcode}: the transfer auth code (same as {@code getinfo infoType=authcode}).
 *
 * @param domain the domain
 */
public record DomainGetAuthcodeRequest(DomainSelector domain)
    implements ApiRequest<DomainAuthcode> {

  /** Checks the domain. */
  public DomainGetAuthcodeRequest {
    Checks.required(domain, "domain");
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_GET_AUTHCODE;
  }

  @Override
  public FormParameters parameters() {
    return FormParameters.builder().add(domain.parameterName(), domain.parameterValue()).build();
  }

  @Override
  public DomainAuthcode parseResponse(ResponseData data) {
    return DomainAuthcode.from(data);
  }
}
