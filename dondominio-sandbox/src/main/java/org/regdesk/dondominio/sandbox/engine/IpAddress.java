package org.regdesk.dondominio.sandbox.engine;

import java.util.Optional;

/**
 * Literal IPv4 and IPv6 addresses for glue records, parsed by hand (never through DNS) and checked
 * against the private and reserved ranges the official SDK refuses.
 */
final class IpAddress {
  private IpAddress() {}

  /** A dotted quad of four decimal octets without leading zeros; empty when malformed. */
  static Optional<int[]> parseV4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    int[] octets = new int[4];
    for (int i = 0; i < 4; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
        return Optional.empty();
      }
      int value = 0;
      for (int j = 0; j < p.length(); j++) {
        char c = p.charAt(j);
        if (c < '0' || c > '9') {
          return Optional.empty();
        }
        value = value * 10 + (c - '0');
      }
      if (value > 255) {
        return Optional.empty();
      }
      octets[i] = value;
    }
    return Optional.of(octets);
  }

  /**
   * Whether a parsed IPv4 address is publicly routable: not 0/8, 10/8, 100.64/10, 127/8,
   * 169.254/16, 172.16/12, 192.168/16, multicast or 240/4.
   */
  static boolean isPublicV4(int[] o) {
    int a = o[0];
    int b = o[1];
    return !(a == 0
        || a == 10
        || (a == 100 && b >= 64 && b <= 127)
        || a == 127
        || (a == 169 && b == 254)
        || (a == 172 && b >= 16 && b <= 31)
        || (a == 192 && b == 168)
        || a >= 224);
  }

  /** Eight 16-bit groups, with {@code ::} compression and an optional dotted-quad tail. */
  static Optional<int[]> parseV6(String text) {
    if (text.isEmpty() || text.length() > 45) {
      return Optional.empty();
    }
    int[] groups = new int[8];
    String head = text;
    String tail = "";
    int gap = text.indexOf("::");
    boolean compressed = gap >= 0;
    if (compressed) {
      if (text.indexOf("::", gap + 1) >= 0) {
        return Optional.empty();
      }
      head = text.substring(0, gap);
      tail = text.substring(gap + 2);
    }
    int[] headGroups = parseGroups(head, !compressed);
    int[] tailGroups = compressed ? parseGroups(tail, true) : new int[0];
    if (headGroups == null || tailGroups == null) {
      return Optional.empty();
    }
    int count = headGroups.length + tailGroups.length;
    if (compressed ? count > 7 : count != 8) {
      return Optional.empty();
    }
    System.arraycopy(headGroups, 0, groups, 0, headGroups.length);
    System.arraycopy(tailGroups, 0, groups, 8 - tailGroups.length, tailGroups.length);
    return Optional.of(groups);
  }

  /** Groups of a half; an IPv4 tail is allowed only in the last half. Null when malformed. */
  private static int[] parseGroups(String half, boolean mayEndInV4) {
    if (half.isEmpty()) {
      return new int[0];
    }
    String[] parts = half.split(":", -1);
    int extra = 0;
    String last = parts[parts.length - 1];
    int[] v4 = null;
    if (last.contains(".")) {
      if (!mayEndInV4) {
        return null;
      }
      v4 = parseV4(last).orElse(null);
      if (v4 == null) {
        return null;
      }
      extra = 1;
    }
    int plain = parts.length - (v4 == null ? 0 : 1);
    int[] groups = new int[plain + extra * 2];
    for (int i = 0; i < plain; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 4) {
        return null;
      }
      int value = 0;
      for (int j = 0; j < p.length(); j++) {
        int digit = hexDigit(p.charAt(j));
        if (digit < 0) {
          return null;
        }
        value = value * 16 + digit;
      }
      groups[i] = value;
    }
    if (v4 != null) {
      groups[plain] = (v4[0] << 8) | v4[1];
      groups[plain + 1] = (v4[2] << 8) | v4[3];
    }
    return groups;
  }

  /**
   * Whether a parsed IPv6 address is publicly routable: not unspecified, loopback, IPv4-mapped,
   * unique-local (fc00::/7), link-local (fe80::/10) or multicast (ff00::/8).
   */
  static boolean isPublicV6(int[] g) {
    boolean firstFiveZero = g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0;
    if (firstFiveZero && (g[5] == 0 || g[5] == 0xffff)) {
      return false;
    }
    int first = g[0];
    return (first & 0xfe00) != 0xfc00 && (first & 0xffc0) != 0xfe80 && (first & 0xff00) != 0xff00;
  }

  /** 0 to 15 for an ASCII hex digit, else -1 (Character.digit also accepts non-ASCII digits). */
  static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
