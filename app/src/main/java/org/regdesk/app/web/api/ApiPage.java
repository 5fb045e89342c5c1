package org.regdesk.app.web.api;

import java.util.List;
import java.util.function.Function;
import org.regdesk.app.storage.Page;

/**
 * The envelope of every list the API returns:
 *
 * <pre>{@code
 * {"items": [...], "page": 1, "size": 50, "totalItems": 123, "totalPages": 3, "totalExact": true}
 * }</pre>
 *
 * <p>{@code totalExact} is false when the list was not counted to its end (a domain search matching
 * more than 2,500 domains): more than {@code totalItems} rows exist, {@code totalPages} is the
 * pages they fill, and a next page exists; page on until a page holds fewer than {@code size} rows.
 *
 * @param items this page's rows
 * @param page the page number, from 1
 * @param size rows per page
 * @param totalItems rows in the whole list; a lower bound when {@code totalExact} is false
 * @param totalPages pages in the whole list; a lower bound when {@code totalExact} is false
 * @param totalExact whether the totals are exact
 * @param <T> the row type
 */
public record ApiPage<T>(
    List<T> items, int page, int size, long totalItems, int totalPages, boolean totalExact) {

  /**
   * Converts a service's page, mapping each row to its API record.
   *
   * @param page the page
   * @param mapper row to API record
   * @param <S> the service's row type
   * @param <T> the API row type
   * @return the envelope
   */
  public static <S, T> ApiPage<T> of(Page<S> page, Function<S, T> mapper) {
    Page<T> mapped = page.map(mapper);
    return new ApiPage<>(
        mapped.items(),
        mapped.page(),
        mapped.size(),
        mapped.totalItems(),
        mapped.totalPages(),
        mapped.totalExact());
  }
}
