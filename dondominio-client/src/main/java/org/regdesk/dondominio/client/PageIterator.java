package org.regdesk.dondominio.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Walks the items of a list action page by page, fetching a page only when the previous one is used
 * up. The first page's {@code queryInfo} fixes how many items and pages to expect, so no later
 * answer can make the walk go on forever; an empty page also ends it.
 */
final class PageIterator<T> implements Iterator<T> {
  private final DonDominioClient client;
  private final PagedRequest<T> request;
  private final int firstPage;
  private List<T> items = List.of();
  private int index;
  private int nextPage;
  private long lastPage;
  private long expected;
  private long seen;
  private boolean started;
  private boolean exhausted;

  PageIterator(DonDominioClient client, PagedRequest<T> request) {
    this.client = client;
    this.request = request;
    this.firstPage = request.page();
    this.nextPage = firstPage;
  }

  @Override
  public boolean hasNext() {
    while (index >= items.size()) {
      if (exhausted) {
        return false;
      }
      fetch();
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return items.get(index++);
  }

  private void fetch() {
    int pageNumber = nextPage;
    Page<T> page = client.call(request.atPage(pageNumber));
    if (!started) {
      started = true;
      long length = page.pageLength() > 0 ? page.pageLength() : Math.max(1, page.items().size());
      expected = Math.max(0, page.total() - (firstPage - 1) * length);
      lastPage = firstPage - 1 + Math.max(1, (expected + length - 1) / length);
    }
    items = page.items();
    index = 0;
    seen += items.size();
    nextPage = pageNumber + 1;
    exhausted = items.isEmpty() || seen >= expected || pageNumber >= lastPage;
  }
}
