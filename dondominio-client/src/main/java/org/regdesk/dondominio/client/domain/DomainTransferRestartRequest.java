package org.regdesk.dondominio.client.domain;

import java.util.Optional;
import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.AuthCode;
import org.regdesk.dondominio.client.value.DomainSelector;
import org.regdesk.dondominio.client.value.FoaContact;

/**
 * {@code domain/transferrestart}: restarts a transfer already initiated, optionally with a new auth
 * code. Never resent automatically.
 *
 * @param domain the domain
 * @param authcode a new auth code
 * @param foaContact who receives the authorisation mail
 */
public record DomainTransferRestartRequest(
    DomainSelector domain, Optional<AuthCode> authcode, Optional<FoaContact> foaContact)
    implements ApiRequest<DomainSummary> {

  /** Checks the parts. */
  public DomainTransferRestartRequest {
    Checks.required(domain, "domain");
    Checks.optional(authcode, "authcode");
    Checks.optional(foaContact, "foacontact");
  }

  /** Restarts with the auth code already on file. */
  public static DomainTransferRestartRequest of(DomainSelector domain) {
    return new DomainTransferRestartRequest(domain, Optional.empty(), Optional.empty());
  }

  /** Restarts with a new auth code. */
  public static DomainTransferRestartRequest withAuthcode(DomainSelector domain, AuthCode code) {
    return new DomainTransferRestartRequest(domain, Optional.of(code), Optional.empty());
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_TRANSFER_RESTART;
  }

  @Override
  public FormParameters parameters() {
    FormParameters.Builder form =
        FormParameters.builder().add(domain.parameterName(), domain.parameterValue());
    authcode.ifPresent(code -> form.secret("authcode", code.reveal()));
    foaContact.ifPresent(foa -> form.add("foacontact", foa.wireValue()));
    return form.build();
  }

  @Override
  public DomainSummary parseResponse(ResponseData data) {
    return DomainSummary.from(data);
  }
}
