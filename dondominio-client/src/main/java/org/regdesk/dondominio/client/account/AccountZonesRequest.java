package org.regdesk.dondominio.client.account;

import java.util.Optional;
import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.Page;
import org.regdesk.dondominio.client.PagedRequest;
import org.regdesk.dondominio.client.Paging;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;

/**
 * {@code account/zones}: the TLDs the account can sell and their prices, paged.
 *
 * @param paging which page
 * @param tld only this TLD, e.g. {@code com.es}
 * @param tldTop only TLDs under this top-level domain, e.g. {@code es}
 */
public record AccountZonesRequest(Paging paging, Optional<String> tld, Optional<String> tldTop)
    implements PagedRequest<Zone> {

  /** Checks the filters. */
  public AccountZonesRequest {
    Checks.required(paging, "paging");
    tld = Checks.optional(tld, "tld").map(t -> Checks.tld(t, "tld"));
    tldTop = Checks.optional(tldTop, "tldtop").map(t -> Checks.tld(t, "tldtop"));
  }

  /** All zones, first page, with {@code pageLength} items per page. */
  public static AccountZonesRequest all(int pageLength) {
    return new AccountZonesRequest(Paging.ofLength(pageLength), Optional.empty(), Optional.empty());
  }

  /** One TLD's zone. */
  public static AccountZonesRequest forTld(String tld) {
    return new AccountZonesRequest(Paging.firstPage(), Optional.of(tld), Optional.empty());
  }

  @Override
  public int page() {
    return paging.page();
  }

  @Override
  public AccountZonesRequest atPage(int page) {
    return new AccountZonesRequest(paging.atPage(page), tld, tldTop);
  }

  @Override
  public ApiAction action() {
    return ApiAction.ACCOUNT_ZONES;
  }

  @Override
  public FormParameters parameters() {
    FormParameters.Builder form = FormParameters.builder();
    paging.writeTo(form);
    form.add("tld", tld);
    form.add("tldtop", tldTop);
    return form.build();
  }

  @Override
  public Page<Zone> parseResponse(ResponseData data) {
    return Page.read(data, "zones", paging.page(), Zone::from);
  }
}
