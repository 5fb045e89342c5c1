package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.operation.DomainListRequest;
import org.regdesk.registrar.spi.operation.DomainPage;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.ListCursor;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * {@link Capability#LIST_DOMAINS}: following the cursor from the first page to the last lists every
 * domain of the account exactly once, in pages no larger than asked.
 */
abstract class DomainListingChecks extends TckGroup {

  /** Enough domains that a small page size needs several pages and a last, partial one. */
  private static final int DOMAINS_REGISTERED = 5;

  private static final int PAGE_SIZE = 2;

  /** A listing without a total that has not ended after this many pages is taken to loop. */
  private static final int MOST_PAGES = 100_000;

  DomainListingChecks(Supplier<TckSession> session) {
    super(session, Capability.LIST_DOMAINS);
  }

  @Test
  void paging_with_the_cursor_lists_every_domain_exactly_once() throws Exception {
    List<DomainName> ours = new ArrayList<>();
    for (int i = 0; i < DOMAINS_REGISTERED; i++) {
      ours.add(session().domainInAccount());
    }
    Map<DomainName, Integer> seen = new HashMap<>();
    Map<DomainName, DomainSnapshot> snapshots = new HashMap<>();
    Optional<ListCursor> cursor = Optional.empty();
    OptionalLong total = OptionalLong.empty();
    int pages = 0;
    do {
      DomainPage page = registrar().listDomains(new DomainListRequest(cursor, PAGE_SIZE));
      pages++;
      final int number = pages;
      assertTrue(
          page.domains().size() <= PAGE_SIZE,
          () ->
              "page "
                  + number
                  + " holds "
                  + page.domains().size()
                  + " domains, asked for "
                  + PAGE_SIZE);
      for (DomainSnapshot snapshot : page.domains()) {
        seen.merge(snapshot.name(), 1, Integer::sum);
        snapshots.put(snapshot.name(), snapshot);
      }
      if (page.total().isPresent()) {
        total = page.total();
      }
      // Each page must move on by at least one domain, so a known total bounds the page count.
      long mostPages = total.isPresent() ? total.getAsLong() + 2 : MOST_PAGES;
      if (pages > mostPages) {
        fail("the listing has not ended after " + pages + " pages: the cursor loops");
      }
      cursor = page.next();
    } while (cursor.isPresent());

    List<DomainName> repeated =
        seen.entrySet().stream()
            .filter(e -> e.getValue() > 1)
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    assertEquals(List.of(), repeated, "domains listed more than once");
    List<DomainName> missing = ours.stream().filter(name -> !seen.containsKey(name)).toList();
    assertEquals(List.of(), missing, "domains of the account missing from the listing");
    if (total.isPresent()) {
      assertEquals(
          total.getAsLong(), seen.size(), "the listing's total against the domains listed");
    }
    for (DomainName name : ours) {
      DomainSnapshot listed = snapshots.get(name);
      assertTrue(listed.status().isRegistered(), () -> name + " is listed as " + listed.status());
      assertTrue(listed.expires().isPresent(), () -> name + " is listed without its expiry");
    }
  }
}
