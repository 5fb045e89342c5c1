package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.operation.ContactRecord;
import org.regdesk.registrar.spi.operation.DomainContacts;
import org.regdesk.registrar.spi.value.Contact;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.EmailAddress;
import org.regdesk.registrar.spi.value.PostalAddress;
import org.regdesk.registrar.spi.value.RoleContact;

/**
 * {@link Capability#CONTACTS}: all four roles are reported, and each can be replaced on its own
 * without touching the others.
 */
abstract class ContactChecks extends TckGroup {

  ContactChecks(Supplier<TckSession> session) {
    super(session, Capability.CONTACTS);
  }

  @Test
  void all_four_roles_are_reported() throws Exception {
    DomainName domain = session().domainInAccount();
    DomainContacts contacts = registrar().getContacts(domain);
    assertEquals(
        EnumSet.allOf(ContactRole.class),
        contacts.byRole().isEmpty()
            ? EnumSet.noneOf(ContactRole.class)
            : EnumSet.copyOf(contacts.byRole().keySet()),
        "getContacts() must report owner, admin, tech and billing");
  }

  @Test
  void each_role_is_replaced_on_its_own() throws Exception {
    DomainName domain = session().domainInAccount();
    Contacts given = fixture().contactsFor(domain);
    for (ContactRole role : ContactRole.values()) {
      Map<ContactRole, ContactRecord> before =
          new EnumMap<>(registrar().getContacts(domain).byRole());
      Contact replacement = variant(given, role);
      registrar().setContacts(domain, Contacts.only(role, RoleContact.of(replacement)));
      Map<ContactRole, ContactRecord> after = registrar().getContacts(domain).byRole();
      ContactRecord changed = after.get(role);
      assertTrue(changed != null, () -> "getContacts() lost the " + role + " contact");
      assertEquals(
          replacement.email().value().toLowerCase(Locale.ROOT),
          changed.email().toLowerCase(Locale.ROOT),
          () -> "the " + role + " contact's e-mail after setContacts()");
      assertTrue(
          changed.addressLine1().contains(replacement.address().line1()),
          () -> "the " + role + " contact's address after setContacts()");
      for (ContactRole other : ContactRole.values()) {
        if (other != role && before.containsKey(other)) {
          assertEquals(
              summary(before.get(other)),
              summary(after.get(other)),
              () -> "setting the " + role + " contact must leave the " + other + " contact alone");
        }
      }
    }
  }

  @Test
  void contacts_of_a_domain_outside_the_account_are_not_found() {
    DomainName fresh = fixture().freshAvailableName();
    TckAssertions.expect(
        NotFoundException.class,
        "getContacts() of a name not in the account",
        () -> registrar().getContacts(fresh));
  }

  /** The fixture's contact for the role with a new e-mail address and street, tagged by role. */
  private static Contact variant(Contacts given, ContactRole role) {
    RoleContact original = given.get(role).orElseThrow();
    if (!(original instanceof RoleContact.Details details)) {
      return Assumptions.abort(
          "the fixture's contactsFor() gives a handle for " + role + "; the test needs details");
    }
    Contact contact = details.contact();
    String tag = "tck-" + role.name().toLowerCase(Locale.ROOT);
    String email = contact.email().value();
    PostalAddress address = contact.address();
    return new Contact(
        contact.type(),
        contact.firstName(),
        contact.lastName(),
        contact.organisationName(),
        contact.identityNumber(),
        EmailAddress.of(tag + "-" + email),
        contact.phone(),
        new PostalAddress(
            "Regdesk TCK " + role.ordinal() + "7 " + address.line1(),
            address.line2(),
            address.city(),
            address.state(),
            address.postalCode(),
            address.country()));
  }

  private static String summary(ContactRecord record) {
    return record == null ? "<none>" : record.email() + " / " + record.addressLine1();
  }
}
