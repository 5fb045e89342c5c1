package org.regdesk.registrar.spi.value;

import java.util.ArrayList;
import java.util.List;
import org.regdesk.registrar.spi.internal.DnsLabels;
import org.regdesk.registrar.spi.internal.Require;

/**
 * A registrable domain name: exactly one label directly under a registry suffix, such as {@code
 * shop} + {@code com.es}. Sub-domains ({@code www.shop.com.es}) are not registrable and are
 * rejected; host names use {@link HostName}.
 *
 * <p>The label is held in lower-case ASCII (punycode for IDNs); {@link #unicode()} gives the form
 * to show people. Label rules are IDNA2008's: letters, digits and hyphens (in Unicode labels also
 * the letters and marks IDNA2008 allows), 1–63 characters in ASCII form, no hyphen at either end;
 * the whole name is at most 253 characters in ASCII form. Nothing is mapped to another name: {@code
 * DomainName.of("straße", "de").ascii()} is {@code xn--strae-oqa.de}, not {@code strasse.de}.
 *
 * @param label the label left of the suffix, lower-case ASCII, e.g. {@code shop} or {@code
 *     xn--espaa-rta}
 * @param tld the registry suffix, e.g. {@code com.es}
 */
public record DomainName(String label, Tld tld) implements Comparable<DomainName> {

  private static final String FIELD = "domain";

  /**
   * Converts the label to lower-case ASCII and checks the label and length rules.
   *
   * @param label the label left of the suffix, lower-case ASCII, e.g. {@code shop} or {@code
   *     xn--espaa-rta}
   * @param tld the registry suffix, e.g. {@code com.es}
   */
  public DomainName {
    Require.present(FIELD, tld);
    label = DnsLabels.toAscii(FIELD, Require.present(FIELD, label));
    if (label.length() + 1 + tld.ascii().length() > DnsLabels.MAX_NAME_LENGTH) {
      throw new InvalidValueException(
          FIELD, "must be at most " + DnsLabels.MAX_NAME_LENGTH + " characters in ASCII form");
    }
  }

  /**
   * A name from its two parts, when the split is already known (e.g. a registrar reports the label
   * and the TLD separately).
   *
   * @param label the label, Unicode or ASCII, without dots
   * @param tld the suffix
   * @return the name
   * @throws InvalidValueException naming the field {@code domain} or {@code tld}
   */
  public static DomainName of(String label, Tld tld) {
    return new DomainName(label, tld);
  }

  /**
   * A name from its two parts given as text.
   *
   * @param label the label, Unicode or ASCII, without dots
   * @param tld the suffix, with or without a leading dot
   * @return the name
   * @throws InvalidValueException naming the field {@code domain} or {@code tld}
   */
  public static DomainName of(String label, String tld) {
    return new DomainName(label, Tld.of(tld));
  }

  /**
   * Parses a full name and splits it at the longest suffix the list knows.
   *
   * <p>{@code shop.com.es} with {@code com.es} in the list gives {@code shop} + {@code com.es};
   * {@code www.shop.com.es} is rejected as a sub-domain, {@code com.es} itself as a suffix; a name
   * whose suffix is unknown is rejected. Upper case, Unicode labels and a trailing dot are
   * accepted.
   *
   * @param name the full name as typed
   * @param suffixes the suffixes names are registered under
   * @return the name
   * @throws InvalidValueException naming the field {@code domain}
   */
  public static DomainName parse(String name, SuffixList suffixes) {
    Require.present("suffixes", suffixes);
    List<String> labels = new ArrayList<>();
    for (String label : DnsLabels.split(FIELD, name)) {
      labels.add(DnsLabels.toAscii(FIELD, label));
    }
    String ascii = String.join(".", labels);
    if (labels.size() < 2) {
      throw new InvalidValueException(FIELD, "'" + ascii + "' needs a label and a TLD");
    }
    if (isSuffix(suffixes, ascii)) {
      throw new InvalidValueException(
          FIELD, "'" + ascii + "' is a registry suffix, not a registrable name");
    }
    for (int start = 1; start < labels.size(); start++) {
      String candidate = String.join(".", labels.subList(start, labels.size()));
      if (isSuffix(suffixes, candidate)) {
        if (start > 1) {
          String registrable = labels.get(start - 1) + "." + candidate;
          throw new InvalidValueException(
              FIELD,
              "'" + ascii + "' is a sub-domain; the registrable name is '" + registrable + "'");
        }
        return new DomainName(labels.get(0), new Tld(candidate));
      }
    }
    throw new InvalidValueException(FIELD, "'" + ascii + "' does not end in a known TLD");
  }

  private static boolean isSuffix(SuffixList suffixes, String asciiSuffix) {
    try {
      return suffixes.contains(new Tld(asciiSuffix));
    } catch (InvalidValueException notASuffix) {
      return false; // e.g. an all-digit last label: no list can contain it
    }
  }

  /**
   * The full name in ASCII, e.g. {@code xn--espaa-rta.com}: the form to send to registrars.
   *
   * @return the ASCII name
   */
  public String ascii() {
    return label + "." + tld.ascii();
  }

  /**
   * The full name in Unicode, e.g. {@code españa.com}: the form to show people.
   *
   * @return the Unicode name
   */
  public String unicode() {
    return DnsLabels.toUnicode(label) + "." + tld.unicode();
  }

  /**
   * Whether the label or the suffix is internationalised.
   *
   * @return true if the ASCII and Unicode forms differ
   */
  public boolean isInternationalised() {
    return !ascii().equals(unicode());
  }

  @Override
  public int compareTo(DomainName other) {
    return ascii().compareTo(other.ascii());
  }

  /** Returns the ASCII name. */
  @Override
  public String toString() {
    return ascii();
  }
}
