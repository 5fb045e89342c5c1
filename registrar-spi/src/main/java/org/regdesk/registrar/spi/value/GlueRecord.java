package org.regdesk.registrar.spi.value;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.Optional;
import org.regdesk.registrar.spi.internal.IpLiterals;
import org.regdesk.registrar.spi.internal.Require;

/**
 * A glue record: the public addresses of a name server that lives under the domain it serves, e.g.
 * {@code ns1.shop.com.es} for {@code shop.com.es}. At least one of IPv4 and IPv6 is given; private,
 * loopback, link-local, multicast and reserved addresses are refused because the registry would
 * publish them to the whole Internet.
 *
 * @param domain the domain the host belongs to
 * @param host the name server, strictly under {@code domain}
 * @param ipv4 its IPv4 address, if any
 * @param ipv6 its IPv6 address, if any
 */
public record GlueRecord(
    DomainName domain, HostName host, Optional<Inet4Address> ipv4, Optional<Inet6Address> ipv6) {

  /**
   * Checks that the host is under the domain and that the addresses are public.
   *
   * @param domain the domain the host belongs to
   * @param host the name server, strictly under {@code domain}
   * @param ipv4 its IPv4 address, if any
   * @param ipv6 its IPv6 address, if any
   */
  public GlueRecord {
    Require.present("domain", domain);
    Require.present("host", host);
    Require.present("ipv4", ipv4);
    Require.present("ipv6", ipv6);
    if (!host.isUnder(domain)) {
      throw new InvalidValueException(
          "host", "'" + host + "' must be a name under '" + domain + "' to need a glue record");
    }
    if (ipv4.isEmpty() && ipv6.isEmpty()) {
      throw new InvalidValueException("ipv4", "an IPv4 or an IPv6 address is required");
    }
    if (ipv4.isPresent() && !IpLiterals.isPublic(ipv4.get())) {
      throw new InvalidValueException(
          "ipv4", "'" + ipv4.get().getHostAddress() + "' is not a public address");
    }
    if (ipv6.isPresent() && !IpLiterals.isPublic(ipv6.get())) {
      throw new InvalidValueException(
          "ipv6", "'" + IpLiterals.canonical(ipv6.get()) + "' is not a public address");
    }
  }

  /**
   * A glue record from text; a null or blank address means "none".
   *
   * @param domain the domain the host belongs to
   * @param host the name server, e.g. {@code ns1.shop.com.es}
   * @param ipv4 a dotted-quad IPv4 address, or null/blank
   * @param ipv6 an IPv6 address, or null/blank
   * @return the glue record
   * @throws InvalidValueException naming {@code host}, {@code ipv4} or {@code ipv6}
   */
  public static GlueRecord of(DomainName domain, String host, String ipv4, String ipv6) {
    return new GlueRecord(
        domain,
        HostName.of(host),
        blank(ipv4) ? Optional.empty() : Optional.of(IpLiterals.ipv4("ipv4", ipv4)),
        blank(ipv6) ? Optional.empty() : Optional.of(IpLiterals.ipv6("ipv6", ipv6)));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /**
   * The IPv4 address as text, e.g. {@code 198.51.100.10}.
   *
   * @return the dotted-quad form, if an IPv4 address is set
   */
  public Optional<String> ipv4Text() {
    return ipv4.map(Inet4Address::getHostAddress);
  }

  /**
   * The IPv6 address as text in its shortest form, e.g. {@code 2001:db8::53}.
   *
   * @return the RFC 5952 form, if an IPv6 address is set
   */
  public Optional<String> ipv6Text() {
    return ipv6.map(IpLiterals::canonical);
  }

  /** Returns e.g. {@code ns1.shop.com.es [198.51.100.10, 2001:db8::53]}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(host.ascii()).append(" [");
    ipv4Text().ifPresent(text::append);
    if (ipv4.isPresent() && ipv6.isPresent()) {
      text.append(", ");
    }
    ipv6Text().ifPresent(text::append);
    return text.append(']').toString();
  }
}
