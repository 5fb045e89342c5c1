package org.regdesk.registrar.spi.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.regdesk.registrar.spi.internal.Require;

/**
 * The data of one contact, independent of the role it plays: who the person or organisation is and
 * how to reach them. Built with {@link #builder()}, which reports every bad field at once.
 *
 * <p>This is what a caller sends. Contact data read back from a registrar may predate these rules
 * and is reported as {@link org.regdesk.registrar.spi.operation.ContactRecord}.
 *
 * @param type individual or organisation
 * @param firstName the first name (of the person, or of the organisation's representative)
 * @param lastName the last name
 * @param organisationName the organisation's name; required for {@link ContactType#ORGANISATION},
 *     usually ignored by registries for individuals
 * @param identityNumber the tax or identity number (VAT, NIF/NIE/CIF, passport …), if known; some
 *     TLDs require it (see {@link CustomerField#IDENTITY_NUMBER})
 * @param email the e-mail address
 * @param phone the telephone number
 * @param address the postal address
 */
public record Contact(
    ContactType type,
    String firstName,
    String lastName,
    Optional<String> organisationName,
    Optional<String> identityNumber,
    EmailAddress email,
    PhoneNumber phone,
    PostalAddress address) {

  /**
   * Checks every field and that organisations have a name.
   *
   * @param type individual or organisation
   * @param firstName the first name (of the person, or of the organisation's representative)
   * @param lastName the last name
   * @param organisationName the organisation's name; required for {@link ContactType#ORGANISATION},
   *     usually ignored by registries for individuals
   * @param identityNumber the tax or identity number (VAT, NIF/NIE/CIF, passport …), if known; some
   *     TLDs require it (see {@link CustomerField#IDENTITY_NUMBER})
   * @param email the e-mail address
   * @param phone the telephone number
   * @param address the postal address
   */
  public Contact {
    Require.present("type", type);
    firstName = Require.line("firstName", firstName, 128);
    lastName = Require.line("lastName", lastName, 128);
    organisationName = Require.optionalLine("organisationName", organisationName, 255);
    identityNumber = Require.optionalLine("identityNumber", identityNumber, 64);
    Require.present("email", email);
    Require.present("phone", phone);
    Require.present("address", address);
    if (type == ContactType.ORGANISATION && organisationName.isEmpty()) {
      throw new InvalidValueException("organisationName", "is required for an organisation");
    }
  }

  /**
   * A builder that takes text as typed and reports all bad fields together.
   *
   * @return an empty builder for an individual
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The contact's display name: the organisation name for organisations, else the full name.
   *
   * @return a name for screens
   */
  public String displayName() {
    return organisationName
        .filter(name -> type == ContactType.ORGANISATION)
        .orElse(firstName + " " + lastName);
  }

  /** Returns the type and country only: contact data is personal and stays out of logs. */
  @Override
  public String toString() {
    return "Contact[" + type + ", " + address.country() + "]";
  }

  /** Collects contact fields as text; {@link #build()} checks them all at once. */
  public static final class Builder {
    private ContactType type = ContactType.INDIVIDUAL;
    private String firstName;
    private String lastName;
    private String organisationName;
    private String identityNumber;
    private String email;
    private PhoneNumber phone;
    private String phoneText;
    private String line1;
    private String line2;
    private String city;
    private String state;
    private String postalCode;
    private String country;

    private Builder() {}

    /**
     * Sets individual or organisation (default individual).
     *
     * @param type the contact type
     * @return this builder
     */
    public Builder type(ContactType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the first name.
     *
     * @param firstName the first name
     * @return this builder
     */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      return this;
    }

    /**
     * Sets the last name.
     *
     * @param lastName the last name
     * @return this builder
     */
    public Builder lastName(String lastName) {
      this.lastName = lastName;
      return this;
    }

    /**
     * Sets the organisation name (null or blank for none).
     *
     * @param organisationName the organisation name
     * @return this builder
     */
    public Builder organisationName(String organisationName) {
      this.organisationName = organisationName;
      return this;
    }

    /**
     * Sets the tax or identity number (null or blank for none).
     *
     * @param identityNumber the identity number
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
     * @param phone the number
     * @return this builder
     */
    public Builder phone(PhoneNumber phone) {
      this.phone = phone;
      this.phoneText = null;
      return this;
    }

    /**
     * Sets the phone number from text, see {@link PhoneNumber#parse}.
     *
     * @param phone e.g. {@code +34.912345678}
     * @return this builder
     */
    public Builder phone(String phone) {
      this.phoneText = phone;
      this.phone = null;
      return this;
    }

    /**
     * Sets the address lines (line 2 null or blank for none).
     *
     * @param line1 the first line
     * @param line2 the second line
     * @return this builder
     */
    public Builder address(String line1, String line2) {
      this.line1 = line1;
      this.line2 = line2;
      return this;
    }

    /**
     * Sets the city.
     *
     * @param city the city
     * @return this builder
     */
    public Builder city(String city) {
      this.city = city;
      return this;
    }

    /**
     * Sets the state or province (null or blank for none).
     *
     * @param state the state
     * @return this builder
     */
    public Builder state(String state) {
      this.state = state;
      return this;
    }

    /**
     * Sets the postal code (null or blank for none).
     *
     * @param postalCode the postal code
     * @return this builder
     */
    public Builder postalCode(String postalCode) {
      this.postalCode = postalCode;
      return this;
    }

    /**
     * Sets the ISO 3166 alpha-2 country code.
     *
     * @param country e.g. {@code ES}
     * @return this builder
     */
    public Builder country(String country) {
      this.country = country;
      return this;
    }

    /**
     * Builds the contact.
     *
     * @return the contact
     * @throws InvalidValueException listing every bad field
     */
    public Contact build() {
      List<FieldError> errors = new ArrayList<>();
      EmailAddress parsedEmail = attempt(errors, () -> EmailAddress.of(email));
      PhoneNumber parsedPhone =
          phone != null ? phone : attempt(errors, () -> PhoneNumber.parse(phoneText));
      CountryCode parsedCountry = attempt(errors, () -> CountryCode.of(country));
      String checkedFirst = attempt(errors, () -> Require.line("firstName", firstName, 128));
      String checkedLast = attempt(errors, () -> Require.line("lastName", lastName, 128));
      String checkedLine1 = attempt(errors, () -> Require.line("address.line1", line1, 255));
      String checkedCity = attempt(errors, () -> Require.line("address.city", city, 128));
      attempt(
          errors,
          () ->
              Require.optionalLine("organisationName", Optional.ofNullable(organisationName), 255));
      attempt(
          errors,
          () -> Require.optionalLine("identityNumber", Optional.ofNullable(identityNumber), 64));
      attempt(errors, () -> Require.optionalLine("address.line2", Optional.ofNullable(line2), 255));
      attempt(errors, () -> Require.optionalLine("address.state", Optional.ofNullable(state), 128));
      attempt(
          errors,
          () -> Require.optionalLine("address.postalCode", Optional.ofNullable(postalCode), 32));
      if (type == null) {
        errors.add(new FieldError("type", "is required"));
      }
      if (type == ContactType.ORGANISATION
          && (organisationName == null || organisationName.isBlank())) {
        errors.add(new FieldError("organisationName", "is required for an organisation"));
      }
      if (!errors.isEmpty()) {
        throw new InvalidValueException(errors);
      }
      return new Contact(
          type,
          checkedFirst,
          checkedLast,
          Optional.ofNullable(organisationName),
          Optional.ofNullable(identityNumber),
          parsedEmail,
          parsedPhone,
          new PostalAddress(
              checkedLine1,
              Optional.ofNullable(line2),
              checkedCity,
              Optional.ofNullable(state),
              Optional.ofNullable(postalCode),
              parsedCountry));
    }

    private static <T> T attempt(List<FieldError> errors, Supplier<T> step) {
      try {
        return step.get();
      } catch (InvalidValueException e) {
        errors.addAll(e.errors());
        return null;
      }
    }
  }
}
