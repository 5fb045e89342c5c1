package org.regdesk.dondominio.client.value;

import org.regdesk.dondominio.client.internal.DnsNameSyntax;

/**
 * The host name of a name server or glue record, such as {@code ns1.example-dns.net}; same syntax
 * as a {@link DomainName}, held in lower-case ASCII form.
 *
 * @param ascii the lower-case ASCII form; Unicode given here is converted
 */
public record HostName(String ascii) {

  /** Validates and normalises. */
  public HostName {
    ascii = DnsNameSyntax.toAscii(ascii, "host name");
  }

  /** Parses a host name. */
  public static HostName of(String name) {
    return new HostName(name);
  }

  /** Parses a host name, naming {@code field} in the error when it is invalid. */
  public static HostName parse(String name, String field) {
    return new HostName(DnsNameSyntax.toAscii(name, field));
  }

  @Override
  public String toString() {
    return ascii;
  }
}
