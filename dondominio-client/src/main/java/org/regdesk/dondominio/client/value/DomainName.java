package org.regdesk.dondominio.client.value;

import org.regdesk.dondominio.client.internal.DnsNameSyntax;

/**
 * A fully qualified domain name such as {@code example-shop.com}, {@code ejemplo.com.es} or the IDN
 * {@code españa.es}.
 *
 * <p>Held in its lower-case ASCII form ({@code xn--espaa-rta.es}), which is what the client sends.
 * Labels follow IDNA2008 ({@link org.regdesk.idna.Idna}): Unicode input is normalised (NFC, lower
 * case) and Punycode-encoded without IDNA2003's mappings, so {@code straße.de} is {@code
 * xn--strae-oqa.de}; characters IDNA2008 disallows are refused, and an {@code xn--} label must be
 * the valid encoding of a valid Unicode label. The name needs at least two labels; multi-label
 * registry suffixes such as {@code com.es} are ordinary labels here.
 *
 * @param ascii the lower-case ASCII form; Unicode given here is converted
 */
public record DomainName(String ascii) {

  /** Validates and normalises; see the type description for the rules. */
  public DomainName {
    ascii = DnsNameSyntax.toAscii(ascii, "domain");
  }

  /** Parses a name given in Unicode or ASCII form. */
  public static DomainName of(String name) {
    return new DomainName(name);
  }

  /** Parses a name, naming {@code field} in the error when it is invalid. */
  public static DomainName parse(String name, String field) {
    return new DomainName(DnsNameSyntax.toAscii(name, field));
  }

  /** The name for people to read: {@code xn--} labels decoded to Unicode. */
  public String unicode() {
    return DnsNameSyntax.toUnicode(ascii);
  }

  /** The labels after the first, e.g. {@code com.es} for {@code ejemplo.com.es}. */
  public String parentSuffix() {
    return ascii.substring(ascii.indexOf('.') + 1);
  }

  @Override
  public String toString() {
    return ascii;
  }
}
