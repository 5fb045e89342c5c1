package org.regdesk.app.registrar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdesk.registrar.spi.value.DomainName;
import org.springframework.stereotype.Component;

/**
 * Which trigger asked for which domain while a plugin method runs, so that a call the plugin makes
 * on a thread of its own (e.g. the availability checks DonDominio fans out on its pool) is still
 * recorded with the user or job that asked. Calls on the caller's thread do not need this: {@link
 * Trigger#scoped()} is set there.
 */
@Component
class InFlightTriggers {

  private final Map<String, Deque<Trigger>> byDomain = new HashMap<>();

  /**
   * Notes that a trigger is asking a plugin about some domains until the returned handle closes.
   *
   * @param plugin the plugin
   * @param domains the domains of the call
   * @param trigger who asks
   * @return the handle; close it when the plugin method returns
   */
  Registration register(String plugin, List<DomainName> domains, Trigger trigger) {
    List<String> keys = new ArrayList<>();
    synchronized (byDomain) {
      for (DomainName domain : domains) {
        String key = key(plugin, domain);
        byDomain.computeIfAbsent(key, k -> new ArrayDeque<>()).push(trigger);
        keys.add(key);
      }
    }
    return () -> {
      synchronized (byDomain) {
        for (String key : keys) {
          Deque<Trigger> triggers = byDomain.get(key);
          if (triggers != null) {
            triggers.removeFirstOccurrence(trigger);
            if (triggers.isEmpty()) {
              byDomain.remove(key);
            }
          }
        }
      }
    };
  }

  /**
   * The trigger asking about a domain right now, the latest if several are.
   *
   * @param plugin the plugin
   * @param domain the domain
   * @return the trigger, or empty when no call about it is running
   */
  Optional<Trigger> find(String plugin, DomainName domain) {
    synchronized (byDomain) {
      Deque<Trigger> triggers = byDomain.get(key(plugin, domain));
      return triggers == null ? Optional.empty() : Optional.ofNullable(triggers.peekFirst());
    }
  }

  private static String key(String plugin, DomainName domain) {
    return plugin + " " + domain.ascii();
  }

  /** A running call's registration; closing it forgets the call. */
  interface Registration extends AutoCloseable {
    @Override
    void close();
  }
}
