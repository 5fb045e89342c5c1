package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.DomainSelector;

/**
 * {@code domain/resendverificationmail}: resends the owner contact's verification mail. Sends mail,
 * so never resent automatically.
 *
 * @param domain the domain
 */
public record DomainResendVerificationMailRequest(DomainSelector domain)
    implements ApiRequest<VerificationMailSent> {

  /** Checks the domain. */
  public DomainResendVerificationMailRequest {
    Checks.required(domain, "domain");
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_RESEND_VERIFICATION_MAIL;
  }

  @Override
  public FormParameters parameters() {
    return FormParameters.builder().add(domain.parameterName(), domain.parameterValue()).build();
  }

  @Override
  public VerificationMailSent parseResponse(ResponseData data) {
    return VerificationMailSent.from(data);
  }
}
