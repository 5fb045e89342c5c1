package org.regdesk.dondominio.client;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * One page of a list action, with the server's {@code queryInfo}.
 *
 * @param page the page number, 1-based
 * @param pageLength the page size the server used
 * @param results the number of items on this page as the server reported it
 * @param total the number of matching items across all pages
 * @param items the items of this page
 * @param <T> the item type
 */
public record Page<T>(int page, int pageLength, int results, int total, List<T> items) {

  /** Copies the items. */
  public Page {
    items = List.copyOf(items);
  }

  /**
   * The next page number, when the server's counts say there is one: this page was not empty and
   * the pages so far do not cover {@code total}.
   */
  public OptionalInt nextPage() {
    long covered = (long) page * Math.max(pageLength, items.size());
    return !items.isEmpty() && covered < total ? OptionalInt.of(page + 1) : OptionalInt.empty();
  }

  /**
   * Reads a page: the items from {@code itemsField} and the counts from {@code queryInfo}. When the
   * server leaves out {@code queryInfo}, the page is taken to be the only one.
   *
   * @param data the response data
   * @param itemsField the name of the item list, e.g. {@code domains}
   * @param requestedPage the page that was asked for
   * @param itemParser reads one item
   */
  public static <T> Page<T> read(
      ResponseData data,
      String itemsField,
      int requestedPage,
      Function<ResponseData, T> itemParser) {
    List<T> items = data.objects(itemsField).stream().map(itemParser).toList();
    return data.optionalObject("queryInfo")
        .map(
            info ->
                new Page<>(
                    toInt(info.optionalInteger("page").orElse((long) requestedPage)),
                    toInt(info.optionalInteger("pageLength").orElse((long) items.size())),
                    toInt(info.optionalInteger("results").orElse((long) items.size())),
                    toInt(info.optionalInteger("total").orElse((long) items.size())),
                    items))
        .orElseGet(
            () -> new Page<>(requestedPage, items.size(), items.size(), items.size(), items));
  }

  private static int toInt(long value) {
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE, value));
  }
}
