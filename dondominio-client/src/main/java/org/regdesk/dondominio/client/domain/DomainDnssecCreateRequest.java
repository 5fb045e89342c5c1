package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.DnssecRecord;
import org.regdesk.dondominio.client.value.DomainSelector;

/**
 * {@code domain/dnsseccreate}: adds a DS record to a domain. Never resent automatically.
 *
 * @param domain the domain
 * @param record the DS record
 */
public record DomainDnssecCreateRequest(DomainSelector domain, DnssecRecord record)
    implements ApiRequest<DomainDnssecInfo> {

  /** Checks the parts. */
  public DomainDnssecCreateRequest {
    Checks.required(domain, "domain");
    Checks.required(record, "dnssec");
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_DNSSEC_CREATE;
  }

  @Override
  public FormParameters parameters() {
    FormParameters.Builder form =
        FormParameters.builder().add(domain.parameterName(), domain.parameterValue());
    DnssecFields.write(form, record);
    return form.build();
  }

  @Override
  public DomainDnssecInfo parseResponse(ResponseData data) {
    return DomainDnssecInfo.from(data);
  }
}
