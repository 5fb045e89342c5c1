package org.regdesk.registrar.spi.descriptor;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.Tld;

/**
 * What a plugin supports, and the TLDs where it supports less: e.g. everything, but no registrar
 * lock for {@code es}. The host asks {@link #supports(Capability, Tld)} before offering an action
 * for a domain.
 *
 * @param supported the capabilities the plugin has for its TLDs in general
 * @param unsupportedByTld per TLD, the capabilities it lacks there (each a subset of {@code
 *     supported})
 */
public record Capabilities(Set<Capability> supported, Map<Tld, Set<Capability>> unsupportedByTld) {

  /**
   * Copies both parts and checks that every exception removes something declared.
   *
   * @param supported the capabilities the plugin has for its TLDs in general
   * @param unsupportedByTld per TLD, the capabilities it lacks there (each a subset of {@code
   *     supported})
   */
  public Capabilities {
    Require.present("capabilities", supported);
    supported =
        supported.isEmpty()
            ? Collections.unmodifiableSet(EnumSet.noneOf(Capability.class))
            : Collections.unmodifiableSet(EnumSet.copyOf(supported));
    Map<Tld, Set<Capability>> copy = new HashMap<>();
    for (Map.Entry<Tld, Set<Capability>> entry :
        Require.mapOf("capabilities.exceptions", unsupportedByTld).entrySet()) {
      if (entry.getValue().isEmpty()) {
        continue;
      }
      Set<Capability> missing = EnumSet.copyOf(entry.getValue());
      if (!supported.containsAll(missing)) {
        missing.removeAll(supported);
        throw new InvalidValueException(
            "capabilities.exceptions",
            "." + entry.getKey() + " removes " + missing + ", which the plugin never declared");
      }
      copy.put(entry.getKey(), Collections.unmodifiableSet(missing));
    }
    unsupportedByTld = Map.copyOf(copy);
  }

  /**
   * Capabilities that hold for every TLD.
   *
   * @param capabilities the capabilities
   * @return capabilities without TLD exceptions
   */
  public static Capabilities of(Capability... capabilities) {
    Set<Capability> set = EnumSet.noneOf(Capability.class);
    set.addAll(Arrays.asList(capabilities));
    return new Capabilities(set, Map.of());
  }

  /**
   * These capabilities plus an exception: the TLD lacks the given ones.
   *
   * @param tld the TLD
   * @param lacking the capabilities it lacks
   * @return new capabilities
   * @throws InvalidValueException if a lacking capability was never declared
   */
  public Capabilities except(Tld tld, Capability... lacking) {
    Map<Tld, Set<Capability>> map = new HashMap<>(unsupportedByTld);
    Set<Capability> set = EnumSet.noneOf(Capability.class);
    set.addAll(map.getOrDefault(tld, Set.of()));
    set.addAll(Arrays.asList(lacking));
    map.put(Require.present("tld", tld), set);
    return new Capabilities(supported, map);
  }

  /**
   * Whether the plugin has the capability for at least its TLDs in general.
   *
   * @param capability the capability
   * @return true if declared
   */
  public boolean supports(Capability capability) {
    return supported.contains(capability);
  }

  /**
   * Whether the plugin has the capability for domains under this TLD.
   *
   * @param capability the capability
   * @param tld the TLD
   * @return true if declared and not excepted for the TLD
   */
  public boolean supports(Capability capability, Tld tld) {
    return supported.contains(capability)
        && !unsupportedByTld.getOrDefault(tld, Set.of()).contains(capability);
  }
}
