package org.regdesk.registrar.spi.operation;

import java.util.Optional;
import org.regdesk.registrar.spi.internal.Require;

/**
 * A request for one page of the account's domains.
 *
 * @param cursor where to continue; empty for the first page
 * @param pageSize how many domains the caller would like per page, 1–10000; a plugin may return
 *     fewer (its registrar's limit) but never more
 */
public record DomainListRequest(Optional<ListCursor> cursor, int pageSize) {

  /** The largest page a caller may ask for. */
  public static final int MAX_PAGE_SIZE = 10_000;

  /**
   * Checks the parts.
   *
   * @param cursor where to continue; empty for the first page
   * @param pageSize how many domains the caller would like per page, 1–10000; a plugin may return
   *     fewer (its registrar's limit) but never more
   */
  public DomainListRequest {
    Require.present("cursor", cursor);
    Require.between("pageSize", pageSize, 1, MAX_PAGE_SIZE);
  }

  /**
   * The first page.
   *
   * @param pageSize the page size wanted
   * @return the request
   */
  public static DomainListRequest first(int pageSize) {
    return new DomainListRequest(Optional.empty(), pageSize);
  }

  /**
   * The page after a cursor.
   *
   * @param cursor the cursor from the previous page
   * @param pageSize the page size wanted
   * @return the request
   */
  public static DomainListRequest after(ListCursor cursor, int pageSize) {
    return new DomainListRequest(Optional.of(cursor), pageSize);
  }
}
