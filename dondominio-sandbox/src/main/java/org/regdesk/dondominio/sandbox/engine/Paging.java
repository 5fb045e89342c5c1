package org.regdesk.dondominio.sandbox.engine;

import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code page}/{@code pageLength} of every list action: page length defaults to and is clamped
 * at 1000, a page below 1 reads as 1, a page beyond the end is empty.
 *
 * @param page 1-based
 */
record Paging(int page, int pageLength) {
  static final int MAX_PAGE_LENGTH = 1000;

  static Paging of(Params params) {
    int pageLength = params.integer("pageLength").orElse(MAX_PAGE_LENGTH);
    if (pageLength < 1) {
      throw ApiError.invalid("pageLength", "at least 1");
    }
    int page = params.integer("page").orElse(1);
    return new Paging(Math.max(1, page), Math.min(MAX_PAGE_LENGTH, pageLength));
  }

  /** Index of the first item of the page, saturated so huge pages stay beyond any list. */
  int from() {
    long from = (long) (page - 1) * pageLength;
    return (int) Math.min(Integer.MAX_VALUE, from);
  }

  boolean contains(int index) {
    int from = from();
    return index >= from && index - from < pageLength;
  }

  ObjectNode queryInfo(int results, int total) {
    ObjectNode info = Json.object();
    info.put("page", page);
    info.put("pageLength", pageLength);
    info.put("results", results);
    info.put("total", total);
    return info;
  }
}
