package org.regdesk.dondominio.client.value;

import java.util.Locale;
import java.util.Set;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;

/**
 * An ISO 3166-1 alpha-2 country code such as {@code ES}; accepted in any case, held and sent in
 * upper case.
 *
 * @param value the two-letter code in upper case
 */
public record CountryCode(String value) {
  private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

  /** Validates against the ISO 3166-1 list. */
  public CountryCode {
    value = check(value, "country");
  }

  /** Parses a code. */
  public static CountryCode of(String value) {
    return new CountryCode(value);
  }

  /** Parses a code, naming {@code field} in the error when it is invalid. */
  public static CountryCode parse(String value, String field) {
    return new CountryCode(check(value, field));
  }

  private static String check(String value, String field) {
    if (value == null) {
      throw new InvalidRequestValueException(field, "is required");
    }
    String upper = value.toUpperCase(Locale.ROOT);
    if (!ISO_CODES.contains(upper)) {
      throw new InvalidRequestValueException(field, "must be an ISO 3166-1 alpha-2 country code");
    }
    return upper;
  }

  @Override
  public String toString() {
    return value;
  }
}
