package org.regdesk.dondominio.sandbox.engine;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * A registrable domain name: exactly one label under a zone of the catalogue ({@code shop.com.es}
 * is {@code shop} under {@code com.es}: the longest catalogue suffix wins). Built only by {@link
 * #parse}, which accepts the UTF-8 and the IDNA (punycode) spelling alike.
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
   * Parses user input: 2001 when it is not a syntactically valid name (or an IDN under a zone
   * without IDN support), 2002 when no zone of the catalogue matches.
   */
  static DomainName parse(String input, TldCatalogue catalogue) {
    String ascii = toAscii(input).orElseThrow(() -> invalidName(input, "not a valid host name"));
    String[] labels = ascii.split("\\.", -1);
    if (labels.length < 2) {
      throw invalidName(input, "a name needs a label and a zone");
    }
    for (String label : labels) {
      if (!isValidLabel(label)) {
        throw invalidName(input, "not a valid host name");
      }
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
    String unicode = ascii.contains("xn--") ? IDN.toUnicode(ascii) : ascii;
    if (!unicode.equals(ascii) && !tld.idn()) {
      throw invalidName(input, "." + tld.name() + " does not accept internationalised names");
    }
    return new DomainName(ascii, unicode, tld);
  }

  /**
   * The IDNA form of a host name, lower case, with a trailing dot removed; empty when it cannot be
   * converted or a punycode label does not decode.
   */
  static Optional<String> toAscii(String input) {
    if (input == null || input.isEmpty() || input.length() > MAX_INPUT) {
      return Optional.empty();
    }
    String name = input.strip().toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String ascii;
    if (isAscii(name)) {
      ascii = name;
    } else {
      try {
        ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
    if (ascii.length() > 253) {
      return Optional.empty();
    }
    for (String label : ascii.split("\\.", -1)) {
      if (!isValidLabel(label)) {
        return Optional.empty();
      }
    }
    return Optional.of(ascii);
  }

  /** An LDH label of 1 to 63 characters; {@code xn--} labels must decode and re-encode. */
  static boolean isValidLabel(String label) {
    int length = label.length();
    if (length == 0 || length > 63) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = label.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      if (!ok) {
        return false;
      }
    }
    if (label.charAt(0) == '-' || label.charAt(length - 1) == '-') {
      return false;
    }
    if (length >= 4 && label.charAt(2) == '-' && label.charAt(3) == '-') {
      if (!label.startsWith("xn--")) {
        return false;
      }
      return decodesCleanly(label);
    }
    return true;
  }

  private static boolean decodesCleanly(String label) {
    try {
      String unicode = IDN.toUnicode(label, IDN.USE_STD3_ASCII_RULES);
      if (unicode.equals(label)) {
        return false;
      }
      return IDN.toASCII(unicode, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT).equals(label);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
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
