package org.regdesk.dondominio.sandbox.engine;

import java.util.Optional;
import org.regdesk.idna.Idna;
import org.regdesk.idna.IdnaException;
import org.regdesk.idna.IdnaViolation;

/**
 * A registrable domain name: exactly one label under a zone of the catalogue ({@code shop.com.es}
 * is {@code shop} under {@code com.es}: the longest catalogue suffix wins). Built only by {@link
 * #parse}, which accepts the UTF-8 and the IDNA (punycode) spelling alike, under IDNA2008 rules
 * ({@link Idna}): the sandbox accepts every name a registry following IDNA2008 would, such as
 * {@code straße.de} ({@code xn--strae-oqa.de}), and maps none to another.
 *
 * @param ascii the IDNA form, lower case ({@code punycode} on the wire)
 * @param unicode the UTF-8 form ({@code name} on the wire); the same string for ASCII names
 * @param tld the zone
 */
record DomainName(String ascii, String unicode, Tld tld) {
  private static final int MAX_INPUT = 1000;

  /** The part left of the zone, e.g. {@code shop} for {@code shop.com.es}. */
  String label() {
    return ascii.substring(0, ascii.length() - tld.name().length() - 1);
  }

  boolean isIdn() {
    return !ascii.equals(unicode);
  }

  /**
   * Parses user input: 2001 when it is not a valid name (saying which rule it breaks) or an IDN
   * under a zone without IDN support, 2002 when no zone of the catalogue matches.
   */
  static DomainName parse(String input, TldCatalogue catalogue) {
    String ascii;
    try {
      ascii = asciiForm(input);
    } catch (IdnaException e) {
      throw invalidName(input, e.getMessage());
    }
    String[] labels = ascii.split("\\.", -1);
    if (labels.length < 2) {
      throw invalidName(input, "a name needs a label and a zone");
    }
    Tld tld = null;
    int zoneLabels = 0;
    for (int k = Math.min(3, labels.length); k >= 1; k--) {
      String suffix = join(labels, labels.length - k);
      Optional<Tld> zone = catalogue.find(suffix);
      if (zone.isPresent()) {
        tld = zone.get();
        zoneLabels = k;
        break;
      }
    }
    if (tld == null) {
      throw new ApiError(
          ErrorCodes.TLD_NOT_SUPPORTED, "TLD not supported: ." + labels[labels.length - 1]);
    }
    if (labels.length - zoneLabels != 1) {
      throw invalidName(input, "exactly one label under ." + tld.name() + " can be registered");
    }
    String unicode = Idna.toUnicode(ascii);
    if (!unicode.equals(ascii) && !tld.idn()) {
      throw invalidName(input, "." + tld.name() + " does not accept internationalised names");
    }
    return new DomainName(ascii, unicode, tld);
  }

  /**
   * The IDNA form of a host name, lower case, with a trailing dot removed; empty when it is not a
   * valid name under IDNA2008.
   */
  static Optional<String> toAscii(String input) {
    if (input == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(asciiForm(input));
    } catch (IdnaException e) {
      return Optional.empty();
    }
  }

  /**
   * The IDNA form of a host name as typed: surrounding space and one trailing (root) dot dropped,
   * then converted by {@link Idna#toAscii}.
   *
   * @throws IdnaException naming the rule the name breaks
   */
  static String asciiForm(String input) {
    String name = input.strip();
    if (name.length() > MAX_INPUT) {
      throw new IdnaException(IdnaViolation.NAME_TOO_LONG);
    }
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    return Idna.toAscii(name);
  }

  private static String join(String[] labels, int from) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < labels.length; i++) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(labels[i]);
    }
    return sb.toString();
  }

  private static ApiError invalidName(String input, String reason) {
    String shown = input == null ? "" : input.strip();
    if (shown.length() > 80) {
      shown = shown.substring(0, 80) + "...";
    }
    return new ApiError(
        ErrorCodes.INVALID_DOMAIN_NAME, "Invalid domain name \"" + shown + "\": " + reason);
  }
}
