package org.regdesk.registrar.dondominio;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.regdesk.dondominio.client.Page;
import org.regdesk.dondominio.client.Paging;
import org.regdesk.dondominio.client.domain.DomainContactInfo;
import org.regdesk.dondominio.client.domain.DomainListInfo;
import org.regdesk.dondominio.client.domain.DomainListRequest;
import org.regdesk.dondominio.client.domain.DomainStatusInfo;
import org.regdesk.dondominio.client.domain.DomainSummary;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.DomainPage;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Tld;

/**
 * Pages through the account's domains for import and sync. Each page is read with {@code
 * infoType=status} (dates, lock, privacy, renewal mode) and, unless the caller does without
 * contacts (a sync), again with the same page number and length for the contacts (the owner, to
 * match or create the customer), joined on the domain ID.
 */
final class DomainListing {

  private final ApiContext api;

  DomainListing(ApiContext api) {
    this.api = api;
  }

  DomainPage list(org.regdesk.registrar.spi.operation.DomainListRequest request)
      throws RegistrarException {
    ListCursors.Position position =
        request.cursor().isPresent()
            ? ListCursors.decode(request.cursor().get())
            : new ListCursors.Position(1, Math.min(request.pageSize(), Paging.MAX_PAGE_LENGTH));
    Paging paging = new Paging(position.page(), Optional.of(position.pageLength()));
    Page<DomainStatusInfo> statuses = statusPage(paging);
    Map<String, DomainContactInfo> contactsByDomain = new HashMap<>();
    if (request.contacts()) {
      Page<DomainContactInfo> contacts =
          api.gateway()
              .call(
                  Optional.empty(),
                  () -> DomainListRequest.builder().paging(paging).build(DomainListInfo.CONTACTS));
      for (DomainContactInfo info : contacts.items()) {
        contactsByDomain.put(key(info.domain()), info);
      }
    }
    List<DomainSnapshot> domains = new ArrayList<>();
    for (DomainStatusInfo info : statuses.items()) {
      Optional<DomainName> name = name(info.domain());
      if (name.isEmpty()) {
        continue;
      }
      DomainSnapshot.Builder snapshot = DomainSnapshots.builder(name.get(), info);
      DomainContactInfo domainContacts = contactsByDomain.get(key(info.domain()));
      if (domainContacts != null) {
        snapshot.contacts(DomainSnapshots.contacts(domainContacts));
      }
      domains.add(snapshot.build());
    }
    Optional<org.regdesk.registrar.spi.operation.ListCursor> next =
        statuses.nextPage().isPresent()
            ? Optional.of(
                ListCursors.encode(
                    new ListCursors.Position(
                        statuses.nextPage().getAsInt(), position.pageLength())))
            : Optional.empty();
    return new DomainPage(domains, next, OptionalLong.of(statuses.total()));
  }

  /** One page of the listing with {@code infoType=status}: dates, lock, privacy, renewal mode. */
  Page<DomainStatusInfo> statusPage(Paging paging) throws RegistrarException {
    return api.gateway()
        .call(
            Optional.empty(),
            () -> DomainListRequest.builder().paging(paging).build(DomainListInfo.STATUS));
  }

  private static String key(DomainSummary summary) {
    return summary.id().map(Object::toString).orElse(summary.name().ascii());
  }

  /** The desk's name for a listed domain, split at the TLD the registrar reports. */
  private Optional<DomainName> name(DomainSummary summary) {
    String ascii = summary.name().ascii();
    try {
      String tld = Tld.of(summary.tld()).ascii();
      if (ascii.endsWith("." + tld)) {
        return Optional.of(
            DomainName.of(ascii.substring(0, ascii.length() - tld.length() - 1), Tld.of(tld)));
      }
      return Optional.of(DomainName.parse(ascii, api.zones()));
    } catch (IllegalArgumentException e) {
      api.logger()
          .log(Level.WARNING, () -> "skipping a listed domain the desk cannot name: " + ascii);
      return Optional.empty();
    }
  }
}
