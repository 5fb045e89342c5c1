package org.regdesk.registrar.spi.value;

import java.util.Optional;
import org.regdesk.registrar.spi.internal.Require;

/**
 * A postal address as registries take it. Line 2 is kept as its own field; a plugin whose registrar
 * has a single address field joins the lines itself.
 *
 * @param line1 street and number, up to 255 characters
 * @param line2 a second address line, if any
 * @param city the city, up to 128 characters
 * @param state the state, province or region, if the country uses one
 * @param postalCode the postal code, if the country uses one
 * @param country the country
 */
public record PostalAddress(
    String line1,
    Optional<String> line2,
    String city,
    Optional<String> state,
    Optional<String> postalCode,
    CountryCode country) {

  /**
   * Trims the texts and checks lengths; blank optional texts become empty.
   *
   * @param line1 street and number, up to 255 characters
   * @param line2 a second address line, if any
   * @param city the city, up to 128 characters
   * @param state the state, province or region, if the country uses one
   * @param postalCode the postal code, if the country uses one
   * @param country the country
   */
  public PostalAddress {
    line1 = Require.line("address.line1", line1, 255);
    line2 = Require.optionalLine("address.line2", line2, 255);
    city = Require.line("address.city", city, 128);
    state = Require.optionalLine("address.state", state, 128);
    postalCode = Require.optionalLine("address.postalCode", postalCode, 32);
    Require.present("address.country", country);
  }

  /** Returns the city and country only: addresses are personal data and stay out of logs. */
  @Override
  public String toString() {
    return "PostalAddress[" + city + ", " + country + "]";
  }
}
