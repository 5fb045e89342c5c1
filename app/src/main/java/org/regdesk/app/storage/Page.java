package org.regdesk.app.storage;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the size of the whole list, for the pagination fragment and the API's
 * paging envelope.
 *
 * @param items the rows of this page
 * @param request which page this is
 * @param totalItems rows in the whole list
 * @param <T> the row type
 */
public record Page<T>(List<T> items, PageRequest request, long totalItems) {

  /** Copies the items. */
  public Page {
    items = List.copyOf(items);
    if (totalItems < 0) {
      throw new IllegalArgumentException("totalItems: must not be negative");
    }
  }

  /**
   * The page number, from 1.
   *
   * @return the page number
   */
  public int page() {
    return request.page();
  }

  /**
   * Rows per page.
   *
   * @return the page size
   */
  public int size() {
    return request.size();
  }

  /**
   * Pages in the whole list (at least 1, so an empty list shows "page 1 of 1").
   *
   * @return the page count
   */
  public int totalPages() {
    return (int) Math.max(1, (totalItems + request.size() - 1) / request.size());
  }

  /**
   * Whether a later page exists.
   *
   * @return true if there is a next page
   */
  public boolean hasNext() {
    return request.page() < totalPages();
  }

  /**
   * Whether an earlier page exists.
   *
   * @return true if there is a previous page
   */
  public boolean hasPrevious() {
    return request.page() > 1;
  }

  /**
   * The same page with each row converted, e.g. to an API response record.
   *
   * @param mapper converts one row
   * @param <R> the new row type
   * @return the converted page
   */
  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), request, totalItems);
  }
}
