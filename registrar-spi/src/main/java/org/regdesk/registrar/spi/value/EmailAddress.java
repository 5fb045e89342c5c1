package org.regdesk.registrar.spi.value;

import java.util.ArrayList;
import java.util.List;
import org.regdesk.registrar.spi.internal.DnsLabels;
import org.regdesk.registrar.spi.internal.Require;

/**
 * An e-mail address: a local part of printable ASCII (as registries accept) and a domain with at
 * least two labels, held in ASCII form. The local part keeps its case; the domain is lower-cased.
 *
 * @param value the address, e.g. {@code ana@example.org}
 */
public record EmailAddress(String value) {

  private static final String FIELD = "email";
  private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-.";

  /**
   * Checks the address.
   *
   * @param value the address, e.g. {@code ana@example.org}
   */
  public EmailAddress {
    String trimmed = Require.line(FIELD, value, 254);
    int at = trimmed.lastIndexOf('@');
    if (at <= 0 || at == trimmed.length() - 1) {
      throw new InvalidValueException(FIELD, "must look like name@example.org");
    }
    String local = trimmed.substring(0, at);
    if (local.length() > 64
        || local.startsWith(".")
        || local.endsWith(".")
        || local.contains("..")
        || !local.chars().allMatch(EmailAddress::isLocalChar)) {
      throw new InvalidValueException(FIELD, "has an invalid part before the @");
    }
    List<String> labels = new ArrayList<>();
    try {
      for (String label : DnsLabels.split(FIELD, trimmed.substring(at + 1))) {
        labels.add(DnsLabels.toAscii(FIELD, label));
      }
    } catch (InvalidValueException e) {
      throw new InvalidValueException(FIELD, "has an invalid domain after the @");
    }
    if (labels.size() < 2) {
      throw new InvalidValueException(FIELD, "has an invalid domain after the @");
    }
    value = local + "@" + String.join(".", labels);
    if (value.length() > 254) {
      throw new InvalidValueException(FIELD, "must be at most 254 characters");
    }
  }

  private static boolean isLocalChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || LOCAL_SPECIALS.indexOf(c) >= 0;
  }

  /**
   * An address from text.
   *
   * @param value e.g. {@code ana@example.org}
   * @return the address
   * @throws InvalidValueException naming the field {@code email}, without repeating the address
   */
  public static EmailAddress of(String value) {
    return new EmailAddress(value);
  }

  /** Returns the address. */
  @Override
  public String toString() {
    return value;
  }
}
