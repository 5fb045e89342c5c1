package org.regdesk.registrar.spi.operation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.InvalidValueException;

/**
 * One page of the account's domains, each a snapshot with at least status and expiry and, where the
 * registrar lists it, the owner contact (for import and sync).
 *
 * <p>The listing is complete once a page has no {@link #next()} cursor. Only a complete listing
 * lets a caller conclude that a domain missing from it has left the account; a listing that ends in
 * an exception proves nothing. Registrars page by position, so a domain added or removed while
 * paging can appear twice or not at all; callers merge pages by domain name.
 *
 * @param domains the domains on this page
 * @param next the cursor for the next page; empty on the last page
 * @param total the number of domains in the whole listing, if the registrar reports it
 */
public record DomainPage(
    List<DomainSnapshot> domains, Optional<ListCursor> next, OptionalLong total) {

  /**
   * Copies the list and checks the total.
   *
   * @param domains the domains on this page
   * @param next the cursor for the next page; empty on the last page
   * @param total the number of domains in the whole listing, if the registrar reports it
   */
  public DomainPage {
    domains = Require.listOf("domains", domains);
    Require.present("next", next);
    Require.present("total", total);
    if (total.isPresent() && total.getAsLong() < 0) {
      throw new InvalidValueException("total", "must not be negative");
    }
  }

  /**
   * Whether more pages follow.
   *
   * @return true if {@link #next()} holds a cursor
   */
  public boolean hasMore() {
    return next.isPresent();
  }
}
