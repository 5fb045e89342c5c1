package org.regdesk.dondominio.client.value;

import java.util.Optional;
import org.regdesk.dondominio.client.internal.Checks;

/**
 * A glue record: a name server host inside the domain and its addresses.
 *
 * @param name the host, e.g. {@code ns1.example-shop.com}
 * @param ipv4 its IPv4 address, if any
 * @param ipv6 its IPv6 address, if any
 */
public record GlueRecord(HostName name, Optional<Ipv4Address> ipv4, Optional<Ipv6Address> ipv6) {

  /** Checks the parts are present. */
  public GlueRecord {
    Checks.required(name, "name");
    Checks.optional(ipv4, "ipv4");
    Checks.optional(ipv6, "ipv6");
  }
}
