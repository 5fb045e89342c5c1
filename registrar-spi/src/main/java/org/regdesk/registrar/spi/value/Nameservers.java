package org.regdesk.registrar.spi.value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.regdesk.registrar.spi.internal.Require;

/**
 * The name servers to delegate a domain to: either 2 to 7 distinct host names, or the registrar's
 * default name servers (its parking or DNS service).
 *
 * <p>This is what a caller asks for. What a registrar reports back may break these rules (a
 * registry may hold one name server), so reads use {@link
 * org.regdesk.registrar.spi.operation.NameserverState}.
 *
 * @param usesRegistrarDefault true to use the registrar's own name servers; then {@code hosts} is
 *     empty
 * @param hosts the name servers in order; empty when {@code usesRegistrarDefault}
 */
public record Nameservers(boolean usesRegistrarDefault, List<HostName> hosts) {

  /** The fewest name servers a delegation may have. */
  public static final int MIN_HOSTS = 2;

  /** The most name servers a delegation may have. */
  public static final int MAX_HOSTS = 7;

  private static final String FIELD = "nameservers";

  /**
   * Checks the count and that no host appears twice.
   *
   * @param usesRegistrarDefault true to use the registrar's own name servers; then {@code hosts} is
   *     empty
   * @param hosts the name servers in order; empty when {@code usesRegistrarDefault}
   */
  public Nameservers {
    hosts = Require.listOf(FIELD, hosts);
    if (usesRegistrarDefault) {
      if (!hosts.isEmpty()) {
        throw new InvalidValueException(
            FIELD, "either the registrar's default name servers or a list, not both");
      }
    } else {
      if (hosts.size() < MIN_HOSTS) {
        throw new InvalidValueException(
            FIELD, "needs at least " + MIN_HOSTS + " name servers, got " + hosts.size());
      }
      if (hosts.size() > MAX_HOSTS) {
        throw new InvalidValueException(
            FIELD, "allows at most " + MAX_HOSTS + " name servers, got " + hosts.size());
      }
      Set<HostName> seen = new HashSet<>();
      for (HostName host : hosts) {
        if (!seen.add(host)) {
          throw new InvalidValueException(FIELD, "'" + host + "' is listed twice");
        }
      }
    }
  }

  /**
   * The registrar's default name servers.
   *
   * @return the default delegation
   */
  public static Nameservers registrarDefault() {
    return new Nameservers(true, List.of());
  }

  /**
   * A list of name servers.
   *
   * @param hosts 2–7 distinct host names
   * @return the delegation
   * @throws InvalidValueException naming the field {@code nameservers}
   */
  public static Nameservers of(List<HostName> hosts) {
    return new Nameservers(false, hosts);
  }

  /**
   * A list of name servers from text; blank entries (empty form inputs) are skipped.
   *
   * @param hosts 2–7 distinct host names
   * @return the delegation
   * @throws InvalidValueException naming the field {@code nameservers}
   */
  public static Nameservers of(String... hosts) {
    List<HostName> parsed = new ArrayList<>();
    for (int i = 0; i < hosts.length; i++) {
      if (hosts[i] == null || hosts[i].isBlank()) {
        continue;
      }
      String field = FIELD + "[" + i + "]";
      try {
        parsed.add(HostName.of(hosts[i]));
      } catch (InvalidValueException e) {
        throw new InvalidValueException(
            e.errors().stream().map(error -> new FieldError(field, error.message())).toList());
      }
    }
    return of(parsed);
  }

  /** Returns e.g. {@code [ns1.example.net, ns2.example.net]} or {@code [registrar default]}. */
  @Override
  public String toString() {
    return usesRegistrarDefault ? "[registrar default]" : hosts.toString();
  }
}
