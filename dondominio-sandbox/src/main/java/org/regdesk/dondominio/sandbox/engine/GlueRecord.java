package org.regdesk.dondominio.sandbox.engine;

import java.util.Locale;

/**
 * A host under the domain with its addresses, published at the registry.
 *
 * @param host the full host name, under the domain
 * @param ipv4 a public IPv4 address
 * @param ipv6 a public IPv6 address, or the empty string
 */
record GlueRecord(String host, String ipv4, String ipv6) {

  /**
   * Validates the parameters of {@code gluerecordcreate/update}: 105 naming {@code name} when the
   * host is not under {@code domain}, {@code ipv4}/{@code ipv6} when malformed or not public.
   */
  static GlueRecord of(DomainName domain, String name, String ipv4, String ipv6) {
    String host = hostUnder(domain, name);
    String v4 = ipv4.strip();
    int[] octets =
        IpAddress.parseV4(v4).orElseThrow(() -> ApiError.invalid("ipv4", "not an IPv4 address"));
    if (!IpAddress.isPublicV4(octets)) {
      throw ApiError.invalid("ipv4", v4 + " is a private or reserved address");
    }
    String v6 = ipv6 == null ? "" : ipv6.strip().toLowerCase(Locale.ROOT);
    if (!v6.isEmpty()) {
      int[] groups =
          IpAddress.parseV6(v6).orElseThrow(() -> ApiError.invalid("ipv6", "not an IPv6 address"));
      if (!IpAddress.isPublicV6(groups)) {
        throw ApiError.invalid("ipv6", v6 + " is a private or reserved address");
      }
    }
    return new GlueRecord(host, v4, v6);
  }

  /** The normalised host {@code name}; 105 unless it is a host strictly under {@code domain}. */
  static String hostUnder(DomainName domain, String name) {
    String host =
        HostName.normalise(name).orElseThrow(() -> ApiError.invalid("name", "not a host name"));
    if (!host.endsWith("." + domain.ascii())) {
      throw ApiError.invalid("name", host + " is not under " + domain.ascii());
    }
    return host;
  }
}
