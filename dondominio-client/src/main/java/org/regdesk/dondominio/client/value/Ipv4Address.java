package org.regdesk.dondominio.client.value;

import org.regdesk.dondominio.client.error.InvalidRequestValueException;

/**
 * An IPv4 address in dotted-quad form, e.g. {@code 198.51.100.10}.
 *
 * @param value the address, four decimal octets without leading zeros
 */
public record Ipv4Address(String value) {

  /** Validates the dotted-quad form. */
  public Ipv4Address {
    octets(value, "ipv4");
  }

  /** Parses an address. */
  public static Ipv4Address of(String value) {
    return new Ipv4Address(value);
  }

  /** Parses an address, naming {@code field} in the error when it is invalid. */
  public static Ipv4Address parse(String value, String field) {
    octets(value, field);
    return new Ipv4Address(value);
  }

  /**
   * Whether the address is public unicast: not in a private (10/8, 172.16/12, 192.168/16) or
   * reserved (0/8, 127/8, 169.254/16, 224/4 and above) range. The API refuses glue records that
   * point elsewhere.
   */
  public boolean isPublicUnicast() {
    int[] o = octets(value, "ipv4");
    return !(o[0] == 0
        || o[0] == 10
        || o[0] == 127
        || (o[0] == 169 && o[1] == 254)
        || (o[0] == 172 && o[1] >= 16 && o[1] <= 31)
        || (o[0] == 192 && o[1] == 168)
        || o[0] >= 224);
  }

  private static int[] octets(String value, String field) {
    if (value == null) {
      throw new InvalidRequestValueException(field, "is required");
    }
    String[] parts = value.split("\\.", -1);
    int[] octets = new int[4];
    boolean ok = parts.length == 4;
    for (int i = 0; ok && i < 4; i++) {
      String part = parts[i];
      ok =
          !part.isEmpty()
              && part.length() <= 3
              && part.chars().allMatch(c -> c >= '0' && c <= '9')
              && !(part.length() > 1 && part.charAt(0) == '0');
      if (ok) {
        octets[i] = Integer.parseInt(part);
        ok = octets[i] <= 255;
      }
    }
    if (!ok) {
      throw new InvalidRequestValueException(
          field, "must be an IPv4 address in dotted-decimal form");
    }
    return octets;
  }

  @Override
  public String toString() {
    return value;
  }
}
