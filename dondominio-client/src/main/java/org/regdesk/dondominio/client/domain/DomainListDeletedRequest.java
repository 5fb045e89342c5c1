package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.Page;
import org.regdesk.dondominio.client.PagedRequest;
import org.regdesk.dondominio.client.Paging;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;

/**
 * {@code domain/listdeleted}: domains that left the account by deletion, paged.
 *
 * @param paging which page
 */
public record DomainListDeletedRequest(Paging paging) implements PagedRequest<DeletedDomain> {

  /** Checks the paging. */
  public DomainListDeletedRequest {
    Checks.required(paging, "paging");
  }

  /** The first page at the server's default length. */
  public static DomainListDeletedRequest firstPage() {
    return new DomainListDeletedRequest(Paging.firstPage());
  }

  @Override
  public int page() {
    return paging.page();
  }

  @Override
  public DomainListDeletedRequest atPage(int page) {
    return new DomainListDeletedRequest(paging.atPage(page));
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_LIST_DELETED;
  }

  @Override
  public FormParameters parameters() {
    FormParameters.Builder form = FormParameters.builder();
    paging.writeTo(form);
    return form.build();
  }

  @Override
  public Page<DeletedDomain> parseResponse(ResponseData data) {
    return Page.read(data, "domains", paging.page(), DeletedDomain::from);
  }
}
