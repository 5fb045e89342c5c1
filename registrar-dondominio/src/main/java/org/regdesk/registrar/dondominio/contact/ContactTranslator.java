package org.regdesk.registrar.dondominio.contact;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdesk.dondominio.client.contact.ContactInfo;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.value.ContactData;
import org.regdesk.dondominio.client.value.VerificationStatus;
import org.regdesk.registrar.dondominio.tld.SpanishTaxId;
import org.regdesk.registrar.spi.operation.ContactRecord;
import org.regdesk.registrar.spi.operation.ContactVerification;
import org.regdesk.registrar.spi.value.Contact;
import org.regdesk.registrar.spi.value.ContactHandle;
import org.regdesk.registrar.spi.value.ContactType;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.InvalidValueException;

/**
 * Turns the desk's contacts into DonDominio's inline contact data and back. Every problem becomes a
 * field error under the contact's field prefix (e.g. {@code contacts.owner.phone}), found before
 * any call; messages never repeat the data.
 */
public final class ContactTranslator {

  /** Separates address lines in one {@code Address} value, as the official plugins do. */
  static final String LINE_BREAK = "\r\n";

  private static final Map<String, String> WIRE_TO_FIELD =
      Map.ofEntries(
          Map.entry("Type", "type"),
          Map.entry("FirstName", "firstName"),
          Map.entry("LastName", "lastName"),
          Map.entry("OrgName", "organisationName"),
          Map.entry("OrgType", "organisationName"),
          Map.entry("IdentNumber", "identityNumber"),
          Map.entry("Email", "email"),
          Map.entry("Phone", "phone"),
          Map.entry("Address", "address.line1"),
          Map.entry("PostalCode", "address.postalCode"),
          Map.entry("City", "address.city"),
          Map.entry("State", "address.state"),
          Map.entry("Country", "country"));

  private ContactTranslator() {}

  /**
   * What a contact's conversion needs to know beyond the contact.
   *
   * @param field the field prefix for errors, e.g. {@code contacts.owner}
   * @param identityFallback the customer's identity number (VAT number), used when the contact has
   *     none
   * @param spanishIdentity whether a contact in Spain must give a valid DNI, NIE or CIF (the {@code
   *     .es} family)
   */
  public record Rules(String field, Optional<String> identityFallback, boolean spanishIdentity) {}

  /**
   * Converts a contact to inline contact data.
   *
   * @param contact the contact
   * @param rules the field prefix and identity rules
   * @param errors where problems are added
   * @return the data, or empty if problems were added
   */
  public static Optional<ContactData> toData(
      Contact contact, Rules rules, List<FieldError> errors) {
    int before = errors.size();
    String field = rules.field();
    String country = contact.address().country().alpha2();
    boolean organisation = contact.type() == ContactType.ORGANISATION;
    Optional<String> identity = contact.identityNumber().or(rules::identityFallback);
    Optional<String> legalForm = Optional.empty();
    if (identity.isEmpty()) {
      errors.add(
          new FieldError(
              field + ".identityNumber", "is required by DonDominio (a VAT or ID number)"));
    } else if (rules.spanishIdentity() && country.equals("ES")) {
      Optional<SpanishTaxId> taxId = SpanishTaxId.parse(identity.get());
      if (taxId.isEmpty()) {
        errors.add(
            new FieldError(
                field + ".identityNumber",
                "must be a valid Spanish DNI, NIE or CIF (its control character is checked)"));
      } else if (taxId.get().isOrganisation() && !organisation) {
        errors.add(
            new FieldError(
                field + ".type",
                "must be organisation: the identity number is a CIF, which belongs to one"));
      } else if (organisation) {
        legalForm = Optional.of(taxId.get().legalForm());
      }
    } else if (organisation && country.equals("ES")) {
      legalForm = Optional.of(SpanishTaxId.legalFormOf(identity.get()));
    }
    Optional<String> phone = PhoneNormaliser.normalise(contact.phone());
    if (phone.isEmpty()) {
      errors.add(
          new FieldError(
              field + ".phone",
              "is not a possible phone number for +" + contact.phone().countryCode()));
    }
    if (contact.address().postalCode().isEmpty()) {
      errors.add(new FieldError(field + ".address.postalCode", "is required by DonDominio"));
    }
    if (contact.address().state().isEmpty()) {
      errors.add(
          new FieldError(
              field + ".address.state", "is required by DonDominio (state or province)"));
    }
    if (errors.size() > before) {
      return Optional.empty();
    }
    try {
      ContactData.Builder data =
          ContactData.builder()
              .type(
                  organisation
                      ? org.regdesk.dondominio.client.value.ContactType.ORGANIZATION
                      : org.regdesk.dondominio.client.value.ContactType.INDIVIDUAL)
              .firstName(contact.firstName())
              .lastName(contact.lastName())
              .identNumber(identity.get().strip())
              .email(contact.email().value())
              .phone(phone.get())
              .address(
                  contact.address().line1()
                      + contact.address().line2().map(line -> LINE_BREAK + line).orElse(""))
              .postalCode(contact.address().postalCode().get())
              .city(contact.address().city())
              .state(contact.address().state().get())
              .country(country);
      if (organisation) {
        data.orgName(contact.organisationName().orElseThrow());
        legalForm.ifPresent(data::orgType);
      }
      return Optional.of(data.build());
    } catch (InvalidRequestValueException e) {
      String key = WIRE_TO_FIELD.getOrDefault(e.field(), e.field());
      errors.add(new FieldError(field + "." + key, "is not in a form DonDominio accepts"));
      return Optional.empty();
    }
  }

  /**
   * Converts a contact as DonDominio holds it, keeping its text as stored.
   *
   * @param info the registrar's contact
   * @return the record
   */
  public static ContactRecord toRecord(ContactInfo info) {
    ContactRecord.Builder record =
        ContactRecord.builder(
            info.type() == org.regdesk.dondominio.client.value.ContactType.ORGANIZATION
                ? ContactType.ORGANISATION
                : ContactType.INDIVIDUAL);
    info.id().flatMap(ContactTranslator::handle).ifPresent(record::handle);
    String[] lines = info.address().split("\\r?\\n", 2);
    String line1 = lines[0].strip();
    String line2 = lines.length > 1 ? lines[1].strip().replaceAll("\\s*\\r?\\n\\s*", ", ") : "";
    record
        .name(info.firstName(), info.lastName())
        .organisationName(info.orgName())
        .identityNumber(info.identNumber())
        .email(info.email())
        .phone(info.phone())
        .address(line1, line2, info.city(), info.state(), info.postalCode(), info.country());
    verification(info.verificationStatus()).ifPresent(record::verification);
    return record.build();
  }

  private static Optional<ContactHandle> handle(org.regdesk.dondominio.client.value.ContactId id) {
    try {
      return Optional.of(ContactHandle.of(id.value()));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  private static Optional<ContactVerification> verification(VerificationStatus status) {
    switch (status) {
      case VERIFIED:
        return Optional.of(ContactVerification.VERIFIED);
      case NOT_APPLICABLE:
        return Optional.of(ContactVerification.NOT_APPLICABLE);
      case IN_PROCESS:
        return Optional.of(ContactVerification.IN_PROCESS);
      case FAILED:
        return Optional.of(ContactVerification.FAILED);
      default:
        return Optional.empty();
    }
  }
}
