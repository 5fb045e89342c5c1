package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.DomainSelector;
import org.regdesk.dondominio.client.value.HostName;

/**
 * {@code domain/gluerecorddelete}: deletes a glue record. Never resent automatically.
 *
 * @param domain the domain
 * @param name the host of the glue record
 */
public record DomainGlueRecordDeleteRequest(DomainSelector domain, HostName name)
    implements ApiRequest<DomainGlueRecords> {

  /** Checks the parts. */
  public DomainGlueRecordDeleteRequest {
    Checks.required(domain, "domain");
    Checks.required(name, "name");
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_GLUE_RECORD_DELETE;
  }

  @Override
  public FormParameters parameters() {
    return FormParameters.builder()
        .add(domain.parameterName(), domain.parameterValue())
        .add("name", name.ascii())
        .build();
  }

  @Override
  public DomainGlueRecords parseResponse(ResponseData data) {
    return DomainGlueRecords.from(data);
  }
}
