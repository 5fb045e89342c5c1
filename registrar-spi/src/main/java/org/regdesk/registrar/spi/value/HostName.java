package org.regdesk.registrar.spi.value;

import java.util.ArrayList;
import java.util.List;
import org.regdesk.registrar.spi.internal.DnsLabels;

/**
 * A fully qualified host name such as {@code ns1.example.net}, as used for name servers and glue
 * records: at least two labels, each following the DNS label rules, at most 253 characters, held in
 * lower-case ASCII (punycode for IDNs).
 *
 * @param ascii the host name in lower-case ASCII, without a trailing dot
 */
public record HostName(String ascii) implements Comparable<HostName> {

  private static final String FIELD = "host";

  /**
   * Normalises the name and checks the label and length rules.
   *
   * @param ascii the host name in lower-case ASCII, without a trailing dot
   */
  public HostName {
    List<String> labels = new ArrayList<>();
    for (String label : DnsLabels.split(FIELD, ascii)) {
      labels.add(DnsLabels.toAscii(FIELD, label));
    }
    ascii = String.join(".", labels);
    if (labels.size() < 2) {
      throw new InvalidValueException(FIELD, "'" + ascii + "' must be a fully qualified name");
    }
    if (labels.get(labels.size() - 1).chars().allMatch(Character::isDigit)) {
      throw new InvalidValueException(FIELD, "'" + ascii + "' must be a name, not an address");
    }
    if (ascii.length() > DnsLabels.MAX_NAME_LENGTH) {
      throw new InvalidValueException(
          FIELD, "must be at most " + DnsLabels.MAX_NAME_LENGTH + " characters in ASCII form");
    }
  }

  /**
   * Parses a host name, accepting upper case, Unicode labels and a trailing dot.
   *
   * @param name e.g. {@code NS1.Example.NET.}
   * @return the host name
   * @throws InvalidValueException naming the field {@code host}
   */
  public static HostName of(String name) {
    return new HostName(name);
  }

  /**
   * Whether this host lies below the domain, e.g. {@code ns1.shop.com.es} under {@code
   * shop.com.es}. Only such hosts need glue records.
   *
   * @param domain the domain
   * @return true if this host is a strict sub-name of the domain
   */
  public boolean isUnder(DomainName domain) {
    return ascii.endsWith("." + domain.ascii());
  }

  /**
   * The host name in Unicode.
   *
   * @return the Unicode form
   */
  public String unicode() {
    List<String> labels = new ArrayList<>();
    for (String label : ascii.split("\\.")) {
      labels.add(DnsLabels.toUnicode(label));
    }
    return String.join(".", labels);
  }

  @Override
  public int compareTo(HostName other) {
    return ascii.compareTo(other.ascii);
  }

  /** Returns the ASCII name. */
  @Override
  public String toString() {
    return ascii;
  }
}
