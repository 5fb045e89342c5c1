package org.regdesk.app.customer;

import java.util.Map;

/**
 * A customer as typed in a form or sent to the API; {@link Customers} checks every part and names
 * the field of each problem.
 *
 * @param firstName the first name
 * @param lastName the last name
 * @param organisation the organisation's name; blank for an individual
 * @param email the e-mail address
 * @param phone the phone number: {@code +<country code> <number>}, or a national number of the
 *     customer's country
 * @param address1 the first address line
 * @param address2 the second address line; may be blank
 * @param city the city
 * @param state the state or province; may be blank
 * @param postalCode the postal code; may be blank
 * @param country the ISO 3166 two-letter country code
 * @param customFields values of customer custom fields keyed by stable key; on update, null keeps
 *     the stored values
 */
public record CustomerCommand(
    String firstName,
    String lastName,
    String organisation,
    String email,
    String phone,
    String address1,
    String address2,
    String city,
    String state,
    String postalCode,
    String country,
    Map<String, String> customFields) {

  /** Shows nothing: every part is personal data. */
  @Override
  public String toString() {
    return "CustomerCommand[…]";
  }
}
