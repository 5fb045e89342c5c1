package org.regdesk.registrar.dondominio.contact;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.value.ContactChanges;
import org.regdesk.dondominio.client.value.ContactData;
import org.regdesk.dondominio.client.value.ContactId;
import org.regdesk.dondominio.client.value.ContactRef;
import org.regdesk.dondominio.client.value.DomainContacts;
import org.regdesk.registrar.spi.operation.ContactPolicy;
import org.regdesk.registrar.spi.operation.RoleContactPolicy;
import org.regdesk.registrar.spi.value.ContactHandle;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.ContactType;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.RoleContact;

/**
 * Decides what is sent for each contact role, applying the settings' contact policy:
 *
 * <ul>
 *   <li>on a registration or transfer, a role with an override contact is sent as that contact's ID
 *       whatever the order says; other roles are sent as given (a handle as {@code
 *       <role>ContactID}, details inline);
 *   <li>on a contact update, a role with an override that customers may not edit is refused with a
 *       field error and nothing is sent; otherwise the new contact replaces the role's contact.
 * </ul>
 *
 * <p>The customer's identity number (their VAT number) fills in for a contact without one when the
 * contact is the owner's data, i.e. the customer's own.
 */
public final class RoleContacts {

  private RoleContacts() {}

  /**
   * The four contacts of a registration or transfer.
   *
   * @param contacts all four roles, as ordered
   * @param policy the settings' contact policy
   * @param customerIdentity the customer's identity number, if the desk knows it
   * @param spanishIdentity whether the TLD checks Spanish identity numbers
   * @param errors where problems are added
   * @return the contacts to send, or empty if problems were added
   */
  public static Optional<DomainContacts> forNewDomain(
      Contacts contacts,
      ContactPolicy policy,
      Optional<String> customerIdentity,
      boolean spanishIdentity,
      List<FieldError> errors) {
    int before = errors.size();
    Map<ContactRole, ContactRef> refs = new EnumMap<>(ContactRole.class);
    Optional<RoleContact> owner = contacts.get(ContactRole.OWNER);
    for (ContactRole role : ContactRole.values()) {
      RoleContactPolicy rolePolicy = policy.forRole(role);
      Optional<ContactRef> ref;
      if (rolePolicy.isOverridden()) {
        ref = Optional.of(ContactRef.existing(rolePolicy.override().orElseThrow().value()));
      } else {
        RoleContact given = contacts.get(role).orElseThrow();
        Optional<String> fallback =
            given.equals(owner.orElse(null)) ? customerIdentity : Optional.empty();
        ref = ref(role, given, fallback, spanishIdentity, errors);
      }
      ref.ifPresent(r -> refs.put(role, r));
    }
    if (errors.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new DomainContacts(
            refs.get(ContactRole.OWNER),
            Optional.of(refs.get(ContactRole.ADMIN)),
            Optional.of(refs.get(ContactRole.TECH)),
            Optional.of(refs.get(ContactRole.BILLING))));
  }

  /**
   * The contacts of a contact update: only the roles given.
   *
   * @param contacts the new contacts, one or more roles
   * @param policy the settings' contact policy
   * @param spanishIdentity whether the TLD checks Spanish identity numbers
   * @param errors where problems are added
   * @return the changes to send, or empty if problems were added
   */
  public static Optional<ContactChanges> forUpdate(
      Contacts contacts, ContactPolicy policy, boolean spanishIdentity, List<FieldError> errors) {
    int before = errors.size();
    ContactChanges changes = null;
    for (ContactRole role : contacts.roles()) {
      RoleContactPolicy rolePolicy = policy.forRole(role);
      if (rolePolicy.isOverridden() && !rolePolicy.customerMayEdit()) {
        errors.add(
            new FieldError(
                field(role),
                "is fixed to the override contact in the plugin settings and may not be changed"));
        continue;
      }
      Optional<ContactRef> ref =
          ref(role, contacts.get(role).orElseThrow(), Optional.empty(), spanishIdentity, errors);
      if (ref.isPresent()) {
        org.regdesk.dondominio.client.value.ContactRole wireRole = wireRole(role);
        changes =
            changes == null
                ? ContactChanges.of(wireRole, ref.get())
                : changes.and(wireRole, ref.get());
      }
    }
    if (errors.size() > before || changes == null) {
      return Optional.empty();
    }
    return Optional.of(changes);
  }

  /**
   * The error key of a role's contact, e.g. {@code contacts.owner}.
   *
   * @param role the role
   * @return the key
   */
  public static String field(ContactRole role) {
    return "contacts." + role.name().toLowerCase(Locale.ROOT);
  }

  private static Optional<ContactRef> ref(
      ContactRole role,
      RoleContact given,
      Optional<String> identityFallback,
      boolean spanishIdentity,
      List<FieldError> errors) {
    String field = field(role);
    if (given instanceof RoleContact.Handle) {
      ContactHandle handle = ((RoleContact.Handle) given).handle();
      try {
        return Optional.of(ContactRef.existing(ContactId.parse(handle.value(), field)));
      } catch (InvalidRequestValueException e) {
        errors.add(new FieldError(field, "must be a DonDominio contact ID such as ABC-12345"));
        return Optional.empty();
      }
    }
    RoleContact.Details details = (RoleContact.Details) given;
    if (spanishIdentity
        && role == ContactRole.ADMIN
        && details.contact().type() == ContactType.ORGANISATION
        && details.contact().address().country().alpha2().equals("ES")) {
      // The .es registry wants a natural person as admin contact for residents of Spain.
      errors.add(new FieldError(field + ".type", "must be an individual for .es in Spain"));
      return Optional.empty();
    }
    Optional<ContactData> data =
        ContactTranslator.toData(
            details.contact(),
            new ContactTranslator.Rules(field, identityFallback, spanishIdentity),
            errors);
    return data.map(ContactRef::inline);
  }

  private static org.regdesk.dondominio.client.value.ContactRole wireRole(ContactRole role) {
    return org.regdesk.dondominio.client.value.ContactRole.valueOf(role.name());
  }
}
