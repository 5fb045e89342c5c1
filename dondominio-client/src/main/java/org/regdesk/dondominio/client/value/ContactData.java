package org.regdesk.dondominio.client.value;

import java.util.Optional;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.internal.Checks;

/**
 * A complete contact given inline (rather than by {@link ContactId}): the {@code Contact…} fields
 * of a role on create, transfer and contact updates, or the fields of {@code contact/create}.
 *
 * <p>All fields the official SDK requires for a transfer owner are required here for every inline
 * contact. An organisation needs {@code orgName}. {@code orgType}, the numeric Spanish legal-form
 * code, is optional here: {@code contact/create} has no such parameter, while a Spanish
 * organisation given inline as a domain contact needs it ({@link ContactRef#inline} checks that).
 * {@code address} may hold several lines separated by {@code \r\n}.
 *
 * @param type individual or organisation
 * @param firstName first name
 * @param lastName last name
 * @param orgName organisation name, required for organisations
 * @param orgType Spanish legal-form code (digits); required for Spanish organisations used as
 *     domain contacts
 * @param identNumber tax or identity number (VAT, NIF/NIE/CIF, passport …)
 * @param email e-mail address
 * @param phone phone number
 * @param fax fax number, optional
 * @param address street address, lines separated by {@code \r\n}
 * @param postalCode postal code
 * @param city city
 * @param state state or province
 * @param country country
 */
public record ContactData(
    ContactType type,
    String firstName,
    String lastName,
    Optional<String> orgName,
    Optional<String> orgType,
    String identNumber,
    EmailAddress email,
    PhoneNumber phone,
    Optional<PhoneNumber> fax,
    String address,
    String postalCode,
    String city,
    String state,
    CountryCode country) {

  /** Checks every field; see the type description. */
  public ContactData {
    Checks.required(type, "Type");
    if (type == ContactType.UNKNOWN) {
      throw new InvalidRequestValueException("Type", "must be individual or organization");
    }
    Checks.text(firstName, "FirstName");
    Checks.text(lastName, "LastName");
    Checks.optional(orgName, "OrgName").ifPresent(v -> Checks.text(v, "OrgName"));
    Checks.optional(orgType, "OrgType")
        .ifPresent(
            v -> {
              if (v.isEmpty() || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new InvalidRequestValueException(
                    "OrgType", "must be a numeric Spanish legal-form code");
              }
            });
    Checks.text(identNumber, "IdentNumber");
    Checks.required(email, "Email");
    Checks.required(phone, "Phone");
    Checks.optional(fax, "Fax");
    Checks.multilineText(address, "Address");
    Checks.text(postalCode, "PostalCode");
    Checks.text(city, "City");
    Checks.text(state, "State");
    Checks.required(country, "Country");
    if (type == ContactType.ORGANIZATION && orgName.isEmpty()) {
      throw new InvalidRequestValueException("OrgName", "is required for an organization");
    }
  }

  /** Whether this is an organisation in Spain, which needs {@code orgType} as a domain contact. */
  public boolean isSpanishOrganization() {
    return type == ContactType.ORGANIZATION && country.value().equals("ES");
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContactData}; {@link #build()} validates. */
  public static final class Builder {
    private ContactType type;
    private String firstName;
    private String lastName;
    private Optional<String> orgName = Optional.empty();
    private Optional<String> orgType = Optional.empty();
    private String identNumber;
    private EmailAddress email;
    private PhoneNumber phone;
    private Optional<PhoneNumber> fax = Optional.empty();
    private String address;
    private String postalCode;
    private String city;
    private String state;
    private CountryCode country;

    private Builder() {}

    /** Individual or organisation. */
    public Builder type(ContactType type) {
      this.type = type;
      return this;
    }

    /** First name. */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      return this;
    }

    /** Last name. */
    public Builder lastName(String lastName) {
      this.lastName = lastName;
      return this;
    }

    /** Organisation name. */
    public Builder orgName(String orgName) {
      this.orgName = Optional.of(Checks.required(orgName, "OrgName"));
      return this;
    }

    /** Spanish legal-form code. */
    public Builder orgType(String orgType) {
      this.orgType = Optional.of(Checks.required(orgType, "OrgType"));
      return this;
    }

    /** Tax or identity number. */
    public Builder identNumber(String identNumber) {
      this.identNumber = identNumber;
      return this;
    }

    /** E-mail address. */
    public Builder email(EmailAddress email) {
      this.email = email;
      return this;
    }

    /** E-mail address, parsed. */
    public Builder email(String email) {
      return email(EmailAddress.parse(email, "Email"));
    }

    /** Phone number. */
    public Builder phone(PhoneNumber phone) {
      this.phone = phone;
      return this;
    }

    /** Phone number in {@code +CC.NNN} form, parsed. */
    public Builder phone(String phone) {
      return phone(PhoneNumber.parse(phone, "Phone"));
    }

    /** Fax number in {@code +CC.NNN} form, parsed. */
    public Builder fax(String fax) {
      this.fax = Optional.of(PhoneNumber.parse(fax, "Fax"));
      return this;
    }

    /** Street address; separate lines with {@code \r\n}. */
    public Builder address(String address) {
      this.address = address;
      return this;
    }

    /** Postal code. */
    public Builder postalCode(String postalCode) {
      this.postalCode = postalCode;
      return this;
    }

    /** City. */
    public Builder city(String city) {
      this.city = city;
      return this;
    }

    /** State or province. */
    public Builder state(String state) {
      this.state = state;
      return this;
    }

    /** Country. */
    public Builder country(CountryCode country) {
      this.country = country;
      return this;
    }

    /** ISO 3166-1 alpha-2 country code, parsed. */
    public Builder country(String country) {
      return country(CountryCode.parse(country, "Country"));
    }

    /** Validates and builds. */
    public ContactData build() {
      return new ContactData(
          type,
          firstName,
          lastName,
          orgName,
          orgType,
          identNumber,
          email,
          phone,
          fax,
          address,
          postalCode,
          city,
          state,
          country);
    }
  }
}
