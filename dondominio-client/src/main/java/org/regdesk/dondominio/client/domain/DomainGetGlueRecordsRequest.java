package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.DomainSelector;

/**
 * {@code domain/getgluerecords}: the glue records (same as {@code getinfo infoType=gluerecords}).
 *
 * @param domain the domain
 */
public record DomainGetGlueRecordsRequest(DomainSelector domain)
    implements ApiRequest<DomainGlueRecords> {

  /** Checks the domain. */
  public DomainGetGlueRecordsRequest {
    Checks.required(domain, "domain");
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_GET_GLUE_RECORDS;
  }

  @Override
  public FormParameters parameters() {
    return FormParameters.builder().add(domain.parameterName(), domain.parameterValue()).build();
  }

  @Override
  public DomainGlueRecords parseResponse(ResponseData data) {
    return DomainGlueRecords.from(data);
  }
}
