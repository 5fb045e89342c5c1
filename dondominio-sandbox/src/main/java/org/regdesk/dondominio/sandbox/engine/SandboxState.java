package org.regdesk.dondominio.sandbox.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a sandbox knows: the account, its contacts and domains, the domains held elsewhere,
 * the deleted list, per-name operation counts and the due-transition queue. Not thread-safe: the
 * engine guards it with a read/write lock.
 */
final class SandboxState {
  static final int FIRST_DOMAIN_ID = 47_110_001;

  final TldCatalogue catalogue;
  final Account account;
  final IdSource ids;
  final ContactBook contacts = new ContactBook();
  final DomainBook domains = new DomainBook();
  final Map<String, ForeignDomain> foreign = new LinkedHashMap<>();
  final List<DeletedDomain> deleted = new ArrayList<>();
  final Map<String, OperationCounts> counts = new HashMap<>();
  final DueQueue queue = new DueQueue();
  int nextDomainId = FIRST_DOMAIN_ID;

  SandboxState(TldCatalogue catalogue, Account account, IdSource ids) {
    this.catalogue = catalogue;
    this.account = account;
    this.ids = ids;
  }

  int allocateDomainId() {
    return nextDomainId++;
  }

  /** Sets when the domain's next transition is due and queues it. */
  void schedule(Domain domain, long minute) {
    domain.dueMinute = (int) minute;
    queue.add(minute, domain.id);
    if (queue.size() > 2 * domains.size() + 1024) {
      rebuildQueue();
    }
  }

  void unschedule(Domain domain) {
    domain.dueMinute = Dates.NONE;
  }

  /** Drops stale queue entries: one entry per scheduled domain. */
  void rebuildQueue() {
    queue.clear();
    for (Domain domain : domains.inOrder()) {
      if (domain.dueMinute != Dates.NONE && domains.byName(domain.name.ascii()).isPresent()) {
        queue.add(domain.dueMinute, domain.id);
      }
    }
  }

  OperationCounts counts(String ascii) {
    return counts.computeIfAbsent(ascii, k -> new OperationCounts());
  }

  /**
   * A cancelled transfer stays in the account until the name is registered or transferred again;
   * then the old record makes room for the new one.
   */
  void dropCancelledTransfer(DomainName name) {
    domains
        .byName(name.ascii())
        .filter(d -> d.status == DomainStatus.TRANSFER_CANCEL)
        .ifPresent(
            cancelled -> {
              domains.remove(cancelled);
              unschedule(cancelled);
              domains.compact();
            });
  }

  /** Takes a domain out of the account into the deleted list. */
  void delete(Domain domain, long epochSecond, String info) {
    domains.remove(domain);
    unschedule(domain);
    deleted.add(
        new DeletedDomain(
            domain.id, domain.name.unicode(), domain.name.tld().name(), epochSecond, info));
  }
}
