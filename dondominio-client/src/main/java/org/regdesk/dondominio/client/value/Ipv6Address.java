package org.regdesk.dondominio.client.value;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;

/**
 * An IPv6 address in text form, e.g. {@code 2001:db8::10}; held in lower case as given.
 *
 * @param value the address
 */
public record Ipv6Address(String value) {

  /** Validates the text form. */
  public Ipv6Address {
    value = check(value, "ipv6");
  }

  /** Parses an address. */
  public static Ipv6Address of(String value) {
    return new Ipv6Address(value);
  }

  /** Parses an address, naming {@code field} in the error when it is invalid. */
  public static Ipv6Address parse(String value, String field) {
    return new Ipv6Address(check(value, field));
  }

  /**
   * Whether the address is public unicast: not unspecified, loopback, IPv4-mapped, link-local
   * (fe80::/10), unique-local (fc00::/7) or multicast. The API refuses glue records that point
   * elsewhere.
   */
  public boolean isPublicUnicast() {
    byte[] b = bytes(value, "ipv6");
    InetAddress address = toAddress(b);
    boolean mapped = address == null;
    if (mapped || address.isAnyLocalAddress() || address.isLoopbackAddress()) {
      return false;
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    boolean uniqueLocal = (first & 0xfe) == 0xfc;
    boolean linkLocal = first == 0xfe && (second & 0xc0) == 0x80;
    boolean multicast = first == 0xff;
    return !(uniqueLocal || linkLocal || multicast);
  }

  private static InetAddress toAddress(byte[] bytes) {
    try {
      InetAddress address = InetAddress.getByAddress(bytes);
      // getByAddress turns ::ffff:a.b.c.d into an Inet4Address: an IPv4-mapped address
      return address instanceof Inet6Address ? address : null;
    } catch (UnknownHostException e) {
      throw new IllegalStateException("16 bytes are always an address", e);
    }
  }

  private static String check(String value, String field) {
    bytes(value, field);
    return value.toLowerCase(Locale.ROOT);
  }

  private static byte[] bytes(String value, String field) {
    if (value == null) {
      throw new InvalidRequestValueException(field, "is required");
    }
    // only hex digits, colons and dots (embedded IPv4) reach the JDK parser, so it never
    // does a DNS lookup
    boolean shapeOk =
        value.indexOf(':') >= 0
            && value.length() <= 45
            && value.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
    if (shapeOk) {
      try {
        InetAddress address = InetAddress.getByName(value);
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
          return bytes;
        }
        if (bytes.length == 4) {
          byte[] mapped = new byte[16];
          mapped[10] = (byte) 0xff;
          mapped[11] = (byte) 0xff;
          System.arraycopy(bytes, 0, mapped, 12, 4);
          return mapped;
        }
      } catch (UnknownHostException e) {
        // falls through to the error below
      }
    }
    throw new InvalidRequestValueException(field, "must be an IPv6 address");
  }

  @Override
  public String toString() {
    return value;
  }
}
