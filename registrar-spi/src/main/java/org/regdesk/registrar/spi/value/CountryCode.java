package org.regdesk.registrar.spi.value;

import java.util.Locale;
import java.util.Set;
import org.regdesk.registrar.spi.internal.Require;

/**
 * An ISO 3166-1 alpha-2 country code, upper case, e.g. {@code ES}. Only codes the JDK knows as
 * assigned are accepted, so {@code UK} is refused (the code is {@code GB}).
 *
 * @param alpha2 the two-letter code
 */
public record CountryCode(String alpha2) {

  private static final Set<String> ASSIGNED = Set.of(Locale.getISOCountries());

  /**
   * Upper-cases the code and checks that it is assigned.
   *
   * @param alpha2 the two-letter code
   */
  public CountryCode {
    alpha2 = Require.line("country", alpha2, 2).toUpperCase(Locale.ROOT);
    if (!ASSIGNED.contains(alpha2)) {
      String hint = alpha2.equals("UK") ? " (use GB)" : "";
      throw new InvalidValueException(
          "country", "'" + alpha2 + "' is not an ISO 3166 country code" + hint);
    }
  }

  /**
   * A country from its code.
   *
   * @param alpha2 e.g. {@code es} or {@code ES}
   * @return the country code
   * @throws InvalidValueException naming the field {@code country}
   */
  public static CountryCode of(String alpha2) {
    return new CountryCode(alpha2);
  }

  /** Returns the two-letter code. */
  @Override
  public String toString() {
    return alpha2;
  }
}
