package org.regdesk.dondominio.client;

/**
 * A request for one page of a list action ({@code domain/list}, {@code account/zones}, {@code
 * contact/list}, {@code domain/listdeleted}, {@code domain/gethistory}).
 *
 * @param <T> the item type
 */
public interface PagedRequest<T> extends ApiRequest<Page<T>> {

  /** The page this request asks for, 1-based. */
  int page();

  /** The same request for another page. */
  PagedRequest<T> atPage(int page);
}
