package org.regdesk.dondominio.client.value;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.internal.Checks;

/**
 * The name servers to give a domain: two to seven host names, or one of the API's keywords.
 *
 * <ul>
 *   <li>{@link #hosts} — 2 to 7 distinct host names, sent comma-separated;
 *   <li>{@link #parking()} — {@code parking}: DonDominio's parking and redirection service (the
 *       server's default for create and transfer);
 *   <li>{@link #keepCurrent()} — {@code keepns}: keep the current DNS (transfer only);
 *   <li>{@link #dondominioDefault()} — {@code default}: DonDominio's hosting DNS (updates only).
 * </ul>
 *
 * Which keyword an action accepts is checked by that action's request.
 *
 * @param kind host list or keyword
 * @param hosts the hosts, empty for keywords
 */
public record Nameservers(Kind kind, List<HostName> hosts) {
  /** Fewest host names the API accepts. */
  public static final int MIN_HOSTS = 2;

  /** Most host names the API accepts. */
  public static final int MAX_HOSTS = 7;

  /** What the value stands for. */
  public enum Kind {
    /** An explicit list of host names. */
    HOSTS(""),
    /** DonDominio parking and redirection; create and transfer only. */
    PARKING("parking"),
    /** Keep the current name servers; transfer only. */
    KEEP_CURRENT("keepns"),
    /** DonDominio's hosting DNS; updates only. */
    DONDOMINIO_DEFAULT("default");

    private final String keyword;

    Kind(String keyword) {
      this.keyword = keyword;
    }

    /** The wire keyword; empty for {@link #HOSTS}. */
    public String keyword() {
      return keyword;
    }
  }

  /** Checks the host count and that keywords carry no hosts. */
  public Nameservers {
    Checks.required(kind, "nameservers");
    Checks.required(hosts, "nameservers");
    hosts = List.copyOf(hosts);
    if (kind == Kind.HOSTS) {
      if (hosts.size() < MIN_HOSTS || hosts.size() > MAX_HOSTS) {
        throw new InvalidRequestValueException(
            "nameservers",
            "needs " + MIN_HOSTS + " to " + MAX_HOSTS + " host names, got " + hosts.size());
      }
      if (new HashSet<>(hosts).size() != hosts.size()) {
        throw new InvalidRequestValueException("nameservers", "lists a host name twice");
      }
    } else if (!hosts.isEmpty()) {
      throw new InvalidRequestValueException(
          "nameservers", "the keyword " + kind.keyword() + " takes no host names");
    }
  }

  /** Two to seven host names. */
  public static Nameservers hosts(List<HostName> hosts) {
    return new Nameservers(Kind.HOSTS, hosts);
  }

  /** Two to seven host names, parsed. */
  public static Nameservers hosts(String... hostNames) {
    return hosts(
        java.util.Arrays.stream(hostNames)
            .map(h -> HostName.parse(h, "nameservers"))
            .collect(Collectors.toList()));
  }

  /** {@code parking}. */
  public static Nameservers parking() {
    return new Nameservers(Kind.PARKING, List.of());
  }

  /** {@code keepns}. */
  public static Nameservers keepCurrent() {
    return new Nameservers(Kind.KEEP_CURRENT, List.of());
  }

  /** {@code default}. */
  public static Nameservers dondominioDefault() {
    return new Nameservers(Kind.DONDOMINIO_DEFAULT, List.of());
  }

  /** The wire value: the keyword, or the host names joined with commas. */
  public String wireValue() {
    if (kind != Kind.HOSTS) {
      return kind.keyword();
    }
    return hosts.stream().map(HostName::ascii).collect(Collectors.joining(","));
  }

  @Override
  public String toString() {
    return wireValue();
  }
}
