package org.regdesk.registrar.spi.operation;

import java.util.Optional;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.Contact;
import org.regdesk.registrar.spi.value.ContactHandle;
import org.regdesk.registrar.spi.value.ContactType;
import org.regdesk.registrar.spi.value.InvalidValueException;

/**
 * A contact as the registrar holds it. Fields are the registrar's text, trimmed, empty when it has
 * none: registrar data may predate today's rules (no state, a phone without a country code), and a
 * sync must not fail over it. {@link #toContact()} gives the checked {@link Contact} when the data
 * is complete, e.g. to pre-fill an edit form or create a customer on import.
 *
 * <p>Contact data is personal: {@link #toString()} shows the handle, type and country only.
 *
 * @param handle the registrar's identifier of the contact, if it has one
 * @param type individual or organisation
 * @param firstName the first name
 * @param lastName the last name
 * @param organisationName the organisation name
 * @param identityNumber the tax or identity number
 * @param email the e-mail address
 * @param phone the phone number as the registrar writes it, e.g. {@code +34.912345678}
 * @param addressLine1 the first address line
 * @param addressLine2 the second address line
 * @param city the city
 * @param state the state or province
 * @param postalCode the postal code
 * @param country the country code as the registrar writes it
 * @param verification where the contact stands in e-mail verification, if the registrar says
 */
public record ContactRecord(
    Optional<ContactHandle> handle,
    ContactType type,
    String firstName,
    String lastName,
    String organisationName,
    String identityNumber,
    String email,
    String phone,
    String addressLine1,
    String addressLine2,
    String city,
    String state,
    String postalCode,
    String country,
    Optional<ContactVerification> verification) {

  /**
   * Trims every text and turns null into empty.
   *
   * @param handle the registrar's identifier of the contact, if it has one
   * @param type individual or organisation
   * @param firstName the first name
   * @param lastName the last name
   * @param organisationName the organisation name
   * @param identityNumber the tax or identity number
   * @param email the e-mail address
   * @param phone the phone number as the registrar writes it, e.g. {@code +34.912345678}
   * @param addressLine1 the first address line
   * @param addressLine2 the second address line
   * @param city the city
   * @param state the state or province
   * @param postalCode the postal code
   * @param country the country code as the registrar writes it
   * @param verification where the contact stands in e-mail verification, if the registrar says
   */
  public ContactRecord {
    Require.present("handle", handle);
    Require.present("type", type);
    firstName = clean(firstName);
    lastName = clean(lastName);
    organisationName = clean(organisationName);
    identityNumber = clean(identityNumber);
    email = clean(email);
    phone = clean(phone);
    addressLine1 = clean(addressLine1);
    addressLine2 = clean(addressLine2);
    city = clean(city);
    state = clean(state);
    postalCode = clean(postalCode);
    country = clean(country);
    Require.present("verification", verification);
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip();
  }

  /**
   * Starts a record for a contact of this type.
   *
   * @param type individual or organisation
   * @return a builder with every text empty
   */
  public static Builder builder(ContactType type) {
    return new Builder(type);
  }

  /**
   * The checked contact data, when the registrar's data satisfies today's rules. The phone must be
   * written {@code +CC.NNN} or {@code +CC NNN} (see {@link
   * org.regdesk.registrar.spi.value.PhoneNumber#parse}).
   *
   * @return the contact
   * @throws InvalidValueException listing every field that does not
   */
  public Contact toContact() {
    return Contact.builder()
        .type(type)
        .firstName(firstName)
        .lastName(lastName)
        .organisationName(organisationName)
        .identityNumber(identityNumber)
        .email(email)
        .phone(phone)
        .address(addressLine1, addressLine2)
        .city(city)
        .state(state)
        .postalCode(postalCode)
        .country(country)
        .build();
  }

  /** Returns the handle, type and country only. */
  @Override
  public String toString() {
    return "ContactRecord["
        + handle.map(ContactHandle::value).orElse("-")
        + ", "
        + type
        + ", "
        + country
        + "]";
  }

  /** Collects the texts of a {@link ContactRecord}. */
  public static final class Builder {
    private final ContactType type;
    private Optional<ContactHandle> handle = Optional.empty();
    private String firstName;
    private String lastName;
    private String organisationName;
    private String identityNumber;
    private String email;
    private String phone;
    private String addressLine1;
    private String addressLine2;
    private String city;
    private String state;
    private String postalCode;
    private String country;
    private Optional<ContactVerification> verification = Optional.empty();

    private Builder(ContactType type) {
      this.type = type;
    }

    /**
     * Sets the registrar's contact identifier.
     *
     * @param handle the handle
     * @return this builder
     */
    public Builder handle(ContactHandle handle) {
      this.handle = Optional.of(handle);
      return this;
    }

    /**
     * Sets the names.
     *
     * @param firstName the first name
     * @param lastName the last name
     * @return this builder
     */
    public Builder name(String firstName, String lastName) {
      this.firstName = firstName;
      this.lastName = lastName;
      return this;
    }

    /**
     * Sets the organisation name.
     *
     * @param organisationName the organisation name
     * @return this builder
     */
    public Builder organisationName(String organisationName) {
      this.organisationName = organisationName;
      return this;
    }

    /**
     * Sets the tax or identity number.
     *
     * @param identityNumber the number
     * @return this builder
     */
    public Builder identityNumber(String identityNumber) {
      this.identityNumber = identityNumber;
      return this;
    }

    /**
     * Sets the e-mail address.
     *
     * @param email the address
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * Sets the phone number.
     *
     * @param phone the number as the registrar writes it
     * @return this builder
     */
    public Builder phone(String phone) {
      this.phone = phone;
      return this;
    }

    /**
     * Sets the address.
     *
     * @param line1 the first line
     * @param line2 the second line
     * @param city the city
     * @param state the state or province
     * @param postalCode the postal code
     * @param country the country code
     * @return this builder
     */
    public Builder address(
        String line1, String line2, String city, String state, String postalCode, String country) {
      this.addressLine1 = line1;
      this.addressLine2 = line2;
      this.city = city;
      this.state = state;
      this.postalCode = postalCode;
      this.country = country;
      return this;
    }

    /**
     * Sets the verification state.
     *
     * @param verification the state
     * @return this builder
     */
    public Builder verification(ContactVerification verification) {
      this.verification = Optional.of(verification);
      return this;
    }

    /**
     * Builds the record.
     *
     * @return the record
     */
    public ContactRecord build() {
      return new ContactRecord(
          handle,
          type,
          firstName,
          lastName,
          organisationName,
          identityNumber,
          email,
          phone,
          addressLine1,
          addressLine2,
          city,
          state,
          postalCode,
          country,
          verification);
    }
  }
}
