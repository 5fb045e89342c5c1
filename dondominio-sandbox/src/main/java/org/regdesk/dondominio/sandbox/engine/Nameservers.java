package org.regdesk.dondominio.sandbox.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The DNS servers of a domain: 2 to 7 host names, or one of the sandbox's own sets ({@code
 * defaultNS} true). Immutable and shared between domains.
 *
 * @param hosts the host names in order
 * @param dondominioDns whether these are DonDominio's own servers (parking or hosting DNS)
 * @param keyword {@code parking} or {@code default} for the sandbox's own sets, else empty
 */
record Nameservers(List<String> hosts, boolean dondominioDns, String keyword) {
  static final int MIN = 2;
  static final int MAX = 7;

  /** What {@code nameservers=parking} (the create and transfer default) points to. */
  static final Nameservers PARKING =
      new Nameservers(
          List.of("parking1.dondominio.com", "parking2.dondominio.com"), true, "parking");

  /** What {@code nameservers=default} (updates) points to: the hosting DNS. */
  static final Nameservers HOSTING =
      new Nameservers(List.of("dns1.dondominio.com", "dns2.dondominio.com"), true, "default");

  Nameservers {
    hosts = List.copyOf(hosts);
  }

  /** Where a special value is accepted. */
  enum Use {
    CREATE,
    TRANSFER,
    UPDATE
  }

  /** The result of reading a {@code nameservers} parameter of a transfer: keep or a set. */
  record Choice(Nameservers nameservers, boolean keepCurrent) {}

  /**
   * Reads the comma-separated {@code nameservers} parameter; 105 naming {@code field} when it has
   * fewer than 2 or more than 7 hosts, a bad or duplicated host, or a special value not allowed for
   * this use.
   */
  static Choice parse(String field, List<String> items, Use use) {
    if (items.size() == 1) {
      String only = items.get(0).toLowerCase(java.util.Locale.ROOT);
      switch (only) {
        case "parking":
          if (use == Use.UPDATE) {
            throw ApiError.invalid(field, "parking is only for domain/create and domain/transfer");
          }
          return new Choice(PARKING, false);
        case "keepns":
          if (use != Use.TRANSFER) {
            throw ApiError.invalid(field, "keepns is only for domain/transfer");
          }
          return new Choice(null, true);
        case "default":
          if (use != Use.UPDATE) {
            throw ApiError.invalid(field, "default is only for updates; use parking");
          }
          return new Choice(HOSTING, false);
        default:
          break;
      }
    }
    if (items.size() < MIN || items.size() > MAX) {
      throw ApiError.invalid(
          field, "between " + MIN + " and " + MAX + " host names, got " + items.size());
    }
    List<String> hosts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String item : items) {
      String host =
          HostName.normalise(item)
              .orElseThrow(
                  () -> ApiError.invalid(field, "\"" + shorten(item) + "\" is not a host name"));
      if (!seen.add(host)) {
        throw ApiError.invalid(field, host + " is listed twice");
      }
      hosts.add(host);
    }
    return new Choice(new Nameservers(hosts, false, ""), false);
  }

  /** The state-file spelling: the keyword of a sandbox set, else the comma-joined hosts. */
  String stateText() {
    return keyword.isEmpty() ? String.join(",", hosts) : "@" + keyword;
  }

  static Nameservers fromStateText(String text) {
    if (text.equals("@parking")) {
      return PARKING;
    }
    if (text.equals("@default")) {
      return HOSTING;
    }
    return new Nameservers(List.of(text.split(",")), false, "");
  }

  private static String shorten(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}
