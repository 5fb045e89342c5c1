package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.Page;
import org.regdesk.dondominio.client.PagedRequest;
import org.regdesk.dondominio.client.Paging;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.DomainSelector;

/**
 * {@code domain/gethistory}: the operations recorded on a domain, paged.
 *
 * @param domain the domain
 * @param paging which page
 */
public record DomainGetHistoryRequest(DomainSelector domain, Paging paging)
    implements PagedRequest<HistoryEntry> {

  /** Checks the parts. */
  public DomainGetHistoryRequest {
    Checks.required(domain, "domain");
    Checks.required(paging, "paging");
  }

  /** The first page at the server's default length. */
  public static DomainGetHistoryRequest of(DomainSelector domain) {
    return new DomainGetHistoryRequest(domain, Paging.firstPage());
  }

  @Override
  public int page() {
    return paging.page();
  }

  @Override
  public DomainGetHistoryRequest atPage(int page) {
    return new DomainGetHistoryRequest(domain, paging.atPage(page));
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_GET_HISTORY;
  }

  @Override
  public FormParameters parameters() {
    FormParameters.Builder form =
        FormParameters.builder().add(domain.parameterName(), domain.parameterValue());
    paging.writeTo(form);
    return form.build();
  }

  @Override
  public Page<HistoryEntry> parseResponse(ResponseData data) {
    return Page.read(data, "history", paging.page(), HistoryEntry::from);
  }
}
