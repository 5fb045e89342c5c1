package org.regdesk.app.domain.sync;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.DomainListRequest;
import org.regdesk.registrar.spi.operation.DomainPage;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.ListCursor;

/**
 * A registrar's whole domain list, read page by page and merged by name, and whether it can be
 * trusted as complete. Only a complete listing may say that a domain left the account: any failed
 * page, a cursor seen twice, a page that promises more but holds nothing, a total that changes
 * while paging, or a count that disagrees with the registrar's total makes it incomplete.
 *
 * @param domains the domains listed, by A-label
 * @param pages how many listing calls were made
 * @param complete whether the listing is known to be complete
 * @param problem why it is incomplete; empty when complete
 */
public record RegistrarListing(
    Map<String, DomainSnapshot> domains, int pages, boolean complete, Optional<String> problem) {

  /** More pages than any registrar account needs at the largest page size: a cursor loop. */
  static final int MAX_PAGES = 100_000;

  /**
   * Reads every page.
   *
   * @param registrar the plugin's registrar
   * @param pageSize the page size to ask for
   * @return the listing, complete or not; never throws for registrar trouble
   */
  public static RegistrarListing read(Registrar registrar, int pageSize) {
    Map<String, DomainSnapshot> byName = new LinkedHashMap<>();
    Set<String> cursorsSeen = new HashSet<>();
    Optional<ListCursor> cursor = Optional.empty();
    OptionalLong total = OptionalLong.empty();
    int pages = 0;
    while (true) {
      DomainPage page;
      try {
        page = registrar.listDomains(new DomainListRequest(cursor, pageSize).withoutContacts());
      } catch (RegistrarException failed) {
        return incomplete(
            byName,
            pages,
            "page "
                + (pages + 1)
                + " could not be read ("
                + failed.kind()
                + (failed.registrarCode().map(c -> ", registrar code " + c).orElse(""))
                + "): "
                + failed.getMessage());
      }
      pages++;
      for (DomainSnapshot snapshot : page.domains()) {
        byName.put(snapshot.name().ascii(), snapshot);
      }
      if (page.total().isPresent()) {
        if (total.isPresent() && total.getAsLong() != page.total().getAsLong()) {
          return incomplete(
              byName,
              pages,
              "the registrar's total changed from "
                  + total.getAsLong()
                  + " to "
                  + page.total().getAsLong()
                  + " while paging (page "
                  + pages
                  + ")");
        }
        total = page.total();
      }
      if (!page.hasMore()) {
        break;
      }
      if (page.domains().isEmpty()) {
        return incomplete(byName, pages, "page " + pages + " was empty but promised more");
      }
      String token = page.next().orElseThrow().token();
      if (!cursorsSeen.add(token) || pages >= MAX_PAGES) {
        return incomplete(
            byName, pages, "the listing's cursor repeated after page " + pages + ": it loops");
      }
      cursor = page.next();
    }
    if (total.isPresent() && total.getAsLong() != byName.size()) {
      return incomplete(
          byName,
          pages,
          "the registrar reports "
              + total.getAsLong()
              + " domains but the pages held "
              + byName.size());
    }
    return new RegistrarListing(byName, pages, true, Optional.empty());
  }

  private static RegistrarListing incomplete(
      Map<String, DomainSnapshot> byName, int pages, String problem) {
    return new RegistrarListing(byName, pages, false, Optional.of(problem));
  }
}
