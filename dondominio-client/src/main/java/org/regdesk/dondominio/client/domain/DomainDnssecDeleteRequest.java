package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.DnssecRecord;
import org.regdesk.dondominio.client.value.DomainSelector;

/**
 * {@code domain/dnssecdelete}: removes a DS record from a domain. Never resent automatically.
 *
 * @param domain the domain
 * @param name the {@code name} the API requires with the record ("name of the DNS server associated
 *     with the entry"; its exact meaning is undocumented)
 * @param record the DS record to remove
 */
public record DomainDnssecDeleteRequest(DomainSelector domain, String name, DnssecRecord record)
    implements ApiRequest<DomainDnssecInfo> {

  /** Checks the parts. */
  public DomainDnssecDeleteRequest {
    Checks.required(domain, "domain");
    Checks.text(name, "name");
    Checks.required(record, "dnssec");
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_DNSSEC_DELETE;
  }

  @Override
  public FormParameters parameters() {
    FormParameters.Builder form =
        FormParameters.builder()
            .add(domain.parameterName(), domain.parameterValue())
            .add("name", name);
    DnssecFields.write(form, record);
    return form.build();
  }

  @Override
  public DomainDnssecInfo parseResponse(ResponseData data) {
    return DomainDnssecInfo.from(data);
  }
}
