package org.regdesk.app.web.api;

import java.util.List;
import java.util.function.Function;
import org.regdesk.app.storage.Page;

/**
 * The envelope of every list the API returns:
 *
 * <pre>{@code
 * {"items": [...], "page": 1, "size": 50, "totalItems": 123, "totalPages": 3}
 * }</pre>
 *
 * @param items this page's rows
 * @param page the page number, from 1
 * @param size rows per page
 * @param totalItems rows in the whole list
 * @param totalPages pages in the whole list
 * @param <T> the row type
 */
public record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

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
        mapped.items(), mapped.page(), mapped.size(), mapped.totalItems(), mapped.totalPages());
  }
}
