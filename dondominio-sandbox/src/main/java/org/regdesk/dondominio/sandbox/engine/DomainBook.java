package org.regdesk.dondominio.sandbox.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The domains of the account in ID order (IDs only grow, so appending keeps the order and paging
 * stays stable), findable by IDNA name and, by binary search, by ID.
 */
final class DomainBook {
  private final ArrayList<Domain> ordered = new ArrayList<>();
  private final Map<String, Domain> byName = new HashMap<>();
  private boolean removedSinceCompaction;

  void add(Domain domain) {
    if (!ordered.isEmpty() && ordered.get(ordered.size() - 1).id >= domain.id) {
      throw new IllegalStateException("domain IDs must grow: " + domain.id);
    }
    if (byName.putIfAbsent(domain.name.ascii(), domain) != null) {
      throw new IllegalStateException("duplicate domain " + domain.name.ascii());
    }
    ordered.add(domain);
  }

  Optional<Domain> byName(String ascii) {
    return Optional.ofNullable(byName.get(ascii));
  }

  Optional<Domain> byId(int id) {
    int low = 0;
    int high = ordered.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Domain candidate = ordered.get(mid);
      if (candidate.id < id) {
        low = mid + 1;
      } else if (candidate.id > id) {
        high = mid - 1;
      } else {
        return byName.get(candidate.name.ascii()) == candidate
            ? Optional.of(candidate)
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Takes a domain out; the ordered list is compacted by {@link #compact}. */
  void remove(Domain domain) {
    if (byName.remove(domain.name.ascii(), domain)) {
      removedSinceCompaction = true;
    }
  }

  /** Drops removed domains from the ordered list in one pass. */
  void compact() {
    if (removedSinceCompaction) {
      ordered.removeIf(d -> byName.get(d.name.ascii()) != d);
      removedSinceCompaction = false;
    }
  }

  /** All domains in ID order (call {@link #compact} first after removals). */
  List<Domain> inOrder() {
    return Collections.unmodifiableList(ordered);
  }

  int size() {
    return byName.size();
  }
}
