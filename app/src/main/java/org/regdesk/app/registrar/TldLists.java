package org.regdesk.app.registrar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.regdesk.app.config.RegdeskProperties;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.TldPricing;
import org.regdesk.registrar.spi.value.Tld;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The TLDs each configured plugin's registrar sells, read from its price list and reused for {@code
 * regdesk.registrars.tld-list-cache-time} by the desk's clock, so that checking many TLD products
 * does not ask the registrar each time. A failed read is not kept. Saving a plugin's settings drops
 * its list.
 */
@Component
class TldLists {

  private final Clock clock;
  private final Duration timeToLive;
  private final Map<String, Entry> lists = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  /**
   * Creates the cache.
   *
   * @param clock the desk's clock
   * @param properties the desk's settings
   */
  TldLists(Clock clock, RegdeskProperties properties) {
    this.clock = clock;
    this.timeToLive = properties.registrars().tldListCacheTime();
  }

  /**
   * The TLDs a plugin's registrar sells.
   *
   * @param plugin the plugin's stable name
   * @param registrar its registrar, asked when the cached list is missing or old
   * @return the TLDs
   * @throws RegistrarException when the registrar cannot be asked
   */
  Set<Tld> tlds(String plugin, Registrar registrar) throws RegistrarException {
    Entry entry = fresh(plugin);
    if (entry != null) {
      return entry.tlds();
    }
    synchronized (locks.computeIfAbsent(plugin, name -> new Object())) {
      entry = fresh(plugin);
      if (entry != null) {
        return entry.tlds();
      }
      Instant asked = clock.instant();
      Set<Tld> tlds =
          registrar.tldPricing().stream()
              .map(TldPricing::tld)
              .collect(Collectors.toUnmodifiableSet());
      lists.put(plugin, new Entry(asked, tlds));
      return tlds;
    }
  }

  private Entry fresh(String plugin) {
    Entry entry = lists.get(plugin);
    if (entry == null || !clock.instant().isBefore(entry.fetchedAt().plus(timeToLive))) {
      return null;
    }
    return entry;
  }

  /**
   * Forgets a plugin's list when its settings change (they may point at another account).
   *
   * @param saved the event
   */
  @TransactionalEventListener
  public void settingsSaved(RegistrarSettingsSaved saved) {
    lists.remove(saved.plugin());
  }

  private record Entry(Instant fetchedAt, Set<Tld> tlds) {}
}
