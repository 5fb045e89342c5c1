package org.regdesk.registrar.spi.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.regdesk.registrar.spi.value.InvalidValueException;

/**
 * Parses IP address literals without ever touching DNS, and tells public addresses from private and
 * reserved ones.
 *
 * <p>{@link InetAddress#getByName} resolves anything that is not a literal, and older JDKs accept
 * legacy IPv4 shorthands such as {@code 1.2.3}; glue records must hold exactly what the user typed,
 * so IPv4 is parsed here and IPv6 is passed to the JDK in brackets, which forbids lookups.
 */
public final class IpLiterals {

  private IpLiterals() {}

  /**
   * Parses a dotted-quad IPv4 literal such as {@code 198.51.100.10}.
   *
   * @param field the field key used in errors
   * @param text the literal
   * @return the address
   * @throws InvalidValueException if it is not exactly four decimal octets without leading zeros
   */
  public static Inet4Address ipv4(String field, String text) {
    String literal = Require.line(field, text, 15);
    String[] parts = literal.split("\\.", -1);
    byte[] bytes = new byte[4];
    if (parts.length != 4) {
      throw notIpv4(field, literal);
    }
    for (int i = 0; i < 4; i++) {
      String part = parts[i];
      if (part.isEmpty()
          || part.length() > 3
          || (part.length() > 1 && part.charAt(0) == '0')
          || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw notIpv4(field, literal);
      }
      int octet = Integer.parseInt(part);
      if (octet > 255) {
        throw notIpv4(field, literal);
      }
      bytes[i] = (byte) octet;
    }
    try {
      return (Inet4Address) InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw notIpv4(field, literal);
    }
  }

  private static InvalidValueException notIpv4(String field, String literal) {
    return new InvalidValueException(field, "'" + literal + "' is not an IPv4 address");
  }

  /**
   * Parses an IPv6 literal such as {@code 2001:db8::53}.
   *
   * @param field the field key used in errors
   * @param text the literal, without brackets or zone
   * @return the address
   * @throws InvalidValueException if it is not an IPv6 literal, has a zone, or is an IPv4-mapped
   *     address (which the JDK would silently turn into IPv4)
   */
  public static Inet6Address ipv6(String field, String text) {
    String literal = Require.line(field, text, 45);
    if (!literal.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
      throw new InvalidValueException(field, "'" + literal + "' is not an IPv6 address");
    }
    InetAddress address;
    try {
      // The brackets make the JDK treat the text as an IPv6 literal and never resolve it.
      address = InetAddress.getByName("[" + literal + "]");
    } catch (UnknownHostException e) {
      throw new InvalidValueException(field, "'" + literal + "' is not an IPv6 address");
    }
    if (address instanceof Inet6Address v6) {
      return v6;
    }
    throw new InvalidValueException(
        field, "'" + literal + "' is an IPv4-mapped address: give the IPv4 address instead");
  }

  /**
   * Whether an IPv4 address may be published as glue: not private (RFC 1918, RFC 6598 shared
   * space), loopback, link-local, multicast, "this network", IETF protocol assignments,
   * benchmarking, reserved or broadcast.
   *
   * <p>Documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) are accepted, like
   * registrar-side validators do, so that examples and sandboxes can use them.
   *
   * @param address the address
   * @return true if the address is public
   */
  public static boolean isPublic(Inet4Address address) {
    byte[] b = address.getAddress();
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    int a2 = b[2] & 0xff;
    return !(a0 == 0
        || a0 == 10
        || a0 == 127
        || (a0 == 100 && a1 >= 64 && a1 <= 127)
        || (a0 == 169 && a1 == 254)
        || (a0 == 172 && a1 >= 16 && a1 <= 31)
        || (a0 == 192 && a1 == 0 && a2 == 0)
        || (a0 == 192 && a1 == 168)
        || (a0 == 198 && (a1 == 18 || a1 == 19))
        || a0 >= 224);
  }

  /**
   * Whether an IPv6 address may be published as glue: not unspecified, loopback, unique local
   * (fc00::/7), link-local, site-local, multicast or discard-only (100::/64). The documentation
   * prefix 2001:db8::/32 is accepted for the same reason as the IPv4 documentation ranges.
   *
   * @param address the address
   * @return true if the address is public
   */
  public static boolean isPublic(Inet6Address address) {
    byte[] b = address.getAddress();
    int b0 = b[0] & 0xff;
    int b1 = b[1] & 0xff;
    boolean discardOnly = b0 == 0x01 && b1 == 0x00 && allZero(b, 2, 8);
    return !(address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()
        || (b0 & 0xfe) == 0xfc
        || discardOnly);
  }

  private static boolean allZero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The shortest text form of an IPv6 address (RFC 5952: lower case, longest zero run as {@code
   * ::}), because {@link InetAddress#getHostAddress()} spells out every group.
   *
   * @param address the address
   * @return the canonical text form
   */
  public static String canonical(Inet6Address address) {
    byte[] b = address.getAddress();
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLength = 0;
    for (int i = 0; i < 8; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength && j - i >= 2) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        text.append("::");
        i += bestLength - 1;
        continue;
      }
      if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
        text.append(':');
      }
      text.append(Integer.toHexString(groups[i]));
    }
    return text.toString();
  }
}
