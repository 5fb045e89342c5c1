package org.regdesk.app.customer;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.regdesk.registrar.spi.value.CountryCode;
import org.regdesk.registrar.spi.value.EmailAddress;
import org.regdesk.registrar.spi.value.PhoneNumber;

/**
 * A customer of the desk: the person (or organisation) domains are registered for.
 *
 * @param id the row id
 * @param firstName the first name
 * @param lastName the last name
 * @param organisation the organisation's name, or null for an individual
 * @param email the e-mail address, unique among customers whatever its case
 * @param phone the phone number (stored E.164, e.g. {@code +34912345678})
 * @param address1 the first address line
 * @param address2 the second address line, or null
 * @param city the city
 * @param state the state or province, or null
 * @param postalCode the postal code, or null
 * @param country the ISO 3166 country
 * @param userAccountId the client-area login of this customer, or null while there is none
 * @param customFields the values of customer custom fields, keyed by stable key, canonical (dates
 *     {@code yyyy-MM-dd}, yes/no {@code true}/{@code false}); unanswered fields are absent
 * @param createdAt when the customer was created
 * @param updatedAt when the customer was last changed
 */
public record Customer(
    long id,
    String firstName,
    String lastName,
    String organisation,
    EmailAddress email,
    PhoneNumber phone,
    String address1,
    String address2,
    String city,
    String state,
    String postalCode,
    CountryCode country,
    Long userAccountId,
    Map<String, String> customFields,
    Instant createdAt,
    Instant updatedAt) {

  /** Copies the custom field values, keeping their order. */
  public Customer {
    customFields = Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
  }

  /**
   * Whether the customer is an organisation (it has an organisation name). Not called {@code
   * isOrganisation}: templates would read that instead of {@link #organisation()}.
   *
   * @return true for an organisation
   */
  public boolean hasOrganisation() {
    return organisation != null;
  }

  /**
   * The name people read: {@code Ana García}.
   *
   * @return first and last name
   */
  public String fullName() {
    return firstName + " " + lastName;
  }

  /**
   * The same customer with other custom field values.
   *
   * @param values the values keyed by stable key
   * @return the customer
   */
  public Customer withCustomFields(Map<String, String> values) {
    return new Customer(
        id,
        firstName,
        lastName,
        organisation,
        email,
        phone,
        address1,
        address2,
        city,
        state,
        postalCode,
        country,
        userAccountId,
        values,
        createdAt,
        updatedAt);
  }

  /** Shows the id only: everything else is personal data. */
  @Override
  public String toString() {
    return "Customer[" + id + "]";
  }
}
