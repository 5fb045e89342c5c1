package org.regdesk.dondominio.client;

import java.util.Optional;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.internal.Checks;

/**
 * Which page of a list action to fetch: {@code page} (1-based, always sent) and {@code pageLength}
 * (sent when set; the server's default is 1000).
 *
 * @param page the page number, at least 1
 * @param pageLength the page size, 1 to {@value #MAX_PAGE_LENGTH}, or empty for the server default
 */
public record Paging(int page, Optional<Integer> pageLength) {
  /** The largest page size the API documents (its default). */
  public static final int MAX_PAGE_LENGTH = 1000;

  /** Checks the bounds. */
  public Paging {
    Checks.positive(page, "page");
    Checks.optional(pageLength, "pageLength")
        .ifPresent(
            length -> {
              if (length < 1 || length > MAX_PAGE_LENGTH) {
                throw new InvalidRequestValueException(
                    "pageLength", "must be 1 to " + MAX_PAGE_LENGTH);
              }
            });
  }

  /** The first page at the server's default length. */
  public static Paging firstPage() {
    return new Paging(1, Optional.empty());
  }

  /** The first page with {@code pageLength} items per page. */
  public static Paging ofLength(int pageLength) {
    return new Paging(1, Optional.of(pageLength));
  }

  /** The same page length at another page. */
  public Paging atPage(int page) {
    return new Paging(page, pageLength);
  }

  /** Writes {@code pageLength} (when set) and {@code page}. */
  public void writeTo(FormParameters.Builder form) {
    pageLength.ifPresent(length -> form.add("pageLength", length));
    form.add("page", page);
  }
}
