package org.regdesk.registrar.dondominio;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.regdesk.dondominio.client.Page;
import org.regdesk.dondominio.client.Paging;
import org.regdesk.dondominio.client.domain.DomainStatusInfo;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * Looks many recently registered domains up in a few calls. DonDominio has no call for the status
 * of several named domains, but {@code domain/list} lists the account in domain-ID order (the
 * sandbox does; DonDominio documents no order, and ID order is what its stable paging implies), so
 * the newest domains are on its last page: one or two status pages ({@code infoType=status}, 1,000
 * domains each) answer every registration of the last minutes. A name not found there (an older
 * domain, or a registrar that lists in another order) is read on its own with {@code domain/getinfo
 * infoType=status}, so the answer is right whatever the listing's order; only the number of calls
 * depends on it.
 */
final class RecentDomainLookup {

  /** Up to this many names are read one by one: the listing costs more than that. */
  static final int READ_ONE_BY_ONE = 2;

  private final DomainListing listing;
  private final DomainSnapshots snapshots;

  /**
   * The account's size at the last listing, so the newest page is found in one call; -1: unknown.
   */
  private final AtomicInteger knownTotal = new AtomicInteger(-1);

  RecentDomainLookup(DomainListing listing, DomainSnapshots snapshots) {
    this.listing = listing;
    this.snapshots = snapshots;
  }

  Map<DomainName, DomainSnapshot> lookUp(Collection<DomainName> domains) throws RegistrarException {
    Set<DomainName> wanted = new LinkedHashSet<>(domains);
    if (wanted.size() > Registrar.MAX_LOOKUP) {
      throw new IllegalArgumentException(
          "domains: at most " + Registrar.MAX_LOOKUP + " names per look-up, not " + wanted.size());
    }
    Map<DomainName, DomainSnapshot> found = new HashMap<>();
    if (wanted.size() > READ_ONE_BY_ONE) {
      readNewest(wanted, found);
    }
    Map<DomainName, DomainSnapshot> answer = new LinkedHashMap<>();
    for (DomainName domain : wanted) {
      DomainSnapshot snapshot = found.get(domain);
      if (snapshot == null) {
        try {
          snapshot = DomainSnapshots.builder(domain, snapshots.status(domain)).build();
        } catch (NotFoundException notInTheAccount) {
          continue;
        }
      }
      answer.put(domain, snapshot);
    }
    return answer;
  }

  /** Reads the last page or two of the listing and keeps the wanted names found there. */
  private void readNewest(Set<DomainName> wanted, Map<DomainName, DomainSnapshot> found)
      throws RegistrarException {
    Map<String, DomainName> byAscii = new HashMap<>();
    for (DomainName domain : wanted) {
      byAscii.put(domain.ascii().toLowerCase(Locale.ROOT), domain);
    }
    int length = Paging.MAX_PAGE_LENGTH;
    int total = knownTotal.get();
    if (total < 0) {
      total = list(1, 1).total();
    }
    int page = firstOfNewest(total, length);
    boolean restarted = false;
    while (true) {
      Page<DomainStatusInfo> listed = list(page, length);
      knownTotal.set(listed.total());
      if (listed.items().isEmpty() && page > 1 && !restarted) {
        // the account shrank since the last listing: start again from its new end, once
        restarted = true;
        page = firstOfNewest(listed.total(), length);
        continue;
      }
      for (DomainStatusInfo info : listed.items()) {
        DomainName domain = byAscii.get(info.domain().name().ascii().toLowerCase(Locale.ROOT));
        if (domain != null) {
          found.put(domain, DomainSnapshots.builder(domain, info).build());
        }
      }
      if (listed.nextPage().isEmpty() || found.size() == wanted.size()) {
        return;
      }
      page = listed.nextPage().getAsInt();
    }
  }

  /** The page holding the domain {@code length} places before the end: the newest 1–2 pages. */
  static int firstOfNewest(int total, int length) {
    return Math.max(0, total - length) / length + 1;
  }

  private Page<DomainStatusInfo> list(int page, int length) throws RegistrarException {
    return listing.statusPage(new Paging(page, Optional.of(length)));
  }
}
