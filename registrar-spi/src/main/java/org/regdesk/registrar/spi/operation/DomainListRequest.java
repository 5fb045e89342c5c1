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
public record DomainListRequest(Optional<ListCursor> cursor, int pageSize, boolean contacts) {

  /** The largest page a caller may ask for. */
  public static final int MAX_PAGE_SIZE = 10_000;

  /**
   * Checks the parts.
   *
   * @param cursor where to continue; empty for the first page
   * @param pageSize how many domains the caller would like per page, 1–10000; a plugin may return
   *     fewer (its registrar's limit) but never more
   * @param contacts whether the snapshots must carry the contacts; a caller that only wants status,
   *     dates, lock, privacy and renewal mode (a sync) says false, and a plugin whose registrar
   *     lists contacts separately then saves that request
   */
  public DomainListRequest {
    Require.present("cursor", cursor);
    Require.between("pageSize", pageSize, 1, MAX_PAGE_SIZE);
  }

  /**
   * A request for snapshots with their contacts.
   *
   * @param cursor where to continue; empty for the first page
   * @param pageSize how many domains the caller would like per page, 1–10000
   */
  public DomainListRequest(Optional<ListCursor> cursor, int pageSize) {
    this(cursor, pageSize, true);
  }

  /**
   * The same page without contacts in the snapshots.
   *
   * @return the request
   */
  public DomainListRequest withoutContacts() {
    return new DomainListRequest(cursor, pageSize, false);
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
