package org.regdesk.app.storage;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the size of the whole list, for the pagination fragment and the API's
 * paging envelope.
 *
 * <p>A list too long to count at once (a search matching a third of all domains) has a total that
 * is not exact: more rows than {@code totalItems} exist, and {@code totalItems} reaches at least
 * the end of this page, so there is always a next page. Screens show it as "1,000+".
 *
 * @param items the rows of this page
 * @param request which page this is
 * @param totalItems rows in the whole list; when not exact, more rows than this exist
 * @param totalExact whether {@code totalItems} is the exact count or a lower bound
 * @param <T> the row type
 */
public record Page<T>(List<T> items, PageRequest request, long totalItems, boolean totalExact) {

  /** Copies the items. */
  public Page {
    items = List.copyOf(items);
    if (totalItems < 0) {
      throw new IllegalArgumentException("totalItems: must not be negative");
    }
  }

  /**
   * A page of a list whose size is known exactly.
   *
   * @param items the rows of this page
   * @param request which page this is
   * @param totalItems rows in the whole list
   */
  public Page(List<T> items, PageRequest request, long totalItems) {
    this(items, request, totalItems, true);
  }

  /**
   * A page of a list that holds more than {@code atLeast} rows, counted no further.
   *
   * @param items the rows of this page
   * @param request which page this is
   * @param atLeast a count the list exceeds; at least the rows up to the end of this page
   * @param <T> the row type
   * @return the page, its total not exact
   */
  public static <T> Page<T> moreThan(List<T> items, PageRequest request, long atLeast) {
    return new Page<>(items, request, atLeast, false);
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
   * Pages in the whole list (at least 1, so an empty list shows "page 1 of 1"); when the total is
   * not exact, the pages {@code totalItems} fills, fewer than the list has.
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
    return request.page() < totalPages()
        || (!totalExact && (long) request.page() * request.size() <= totalItems);
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
    return new Page<>(items.stream().map(mapper).toList(), request, totalItems, totalExact);
  }
}
