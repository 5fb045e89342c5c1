package org.regdesk.dondominio.sandbox.engine;

import java.util.Objects;

/**
 * The data of a contact (§4), validated by {@link ContactForm}. Two contacts with equal data are
 * the same contact: inline data that matches an existing contact reuses it.
 *
 * @param orgName empty for individuals
 * @param orgType the Spanish legal-form code, or empty
 * @param fax empty when not given
 * @param country ISO 3166-1 alpha-2, upper case
 */
record ContactData(
    ContactType type,
    String firstName,
    String lastName,
    String orgName,
    String orgType,
    String identNumber,
    String email,
    String phone,
    String fax,
    String address,
    String postalCode,
    String city,
    String state,
    String country) {

  ContactData {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(orgName, "orgName");
    Objects.requireNonNull(orgType, "orgType");
    Objects.requireNonNull(identNumber, "identNumber");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(fax, "fax");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(postalCode, "postalCode");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(country, "country");
  }

  /** {@code contactName} of {@code contact/list}: the organisation, or first and last name. */
  String contactName() {
    return type == ContactType.ORGANIZATION ? orgName : firstName + " " + lastName;
  }
}
