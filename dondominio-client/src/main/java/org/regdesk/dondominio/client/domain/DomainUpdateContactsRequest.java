package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.ContactFields;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.ContactChanges;
import org.regdesk.dondominio.client.value.DomainSelector;

/**
 * {@code domain/updatecontacts}: replaces the contacts of the roles given; other roles keep theirs.
 * Never resent automatically.
 *
 * @param domain the domain
 * @param changes the roles to change
 */
public record DomainUpdateContactsRequest(DomainSelector domain, ContactChanges changes)
    implements ApiRequest<DomainSummary> {

  /** Checks the parts. */
  public DomainUpdateContactsRequest {
    Checks.required(domain, "domain");
    Checks.required(changes, "contacts");
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_UPDATE_CONTACTS;
  }

  @Override
  public FormParameters parameters() {
    FormParameters.Builder form =
        FormParameters.builder().add(domain.parameterName(), domain.parameterValue());
    ContactFields.writeRoles(form, changes.byRole());
    return form.build();
  }

  @Override
  public DomainSummary parseResponse(ResponseData data) {
    return DomainSummary.from(data);
  }
}
