package org.regdesk.registrar.dondominio.support;

import org.regdesk.registrar.spi.value.Contact;
import org.regdesk.registrar.spi.value.ContactType;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.RoleContact;

/** Customers and contacts used across the tests. */
public final class People {

  private People() {}

  /** A Spanish individual with a valid DNI; two address lines. */
  public static Contact ana() {
    return Contact.builder()
        .firstName("Ana")
        .lastName("García")
        .identityNumber("12345678Z")
        .email("ana@example.org")
        .phone("+34.600111222")
        .address("Calle Mayor 1", "Piso 2")
        .city("Barcelona")
        .state("Barcelona")
        .postalCode("08001")
        .country("ES")
        .build();
  }

  /** Ana without an identity number: the desk passes her VAT number as a customer field. */
  public static Contact anaWithoutIdentity() {
    return Contact.builder()
        .firstName("Ana")
        .lastName("García")
        .email("ana@example.org")
        .phone("+34.600111222")
        .address("Calle Mayor 1", null)
        .city("Barcelona")
        .state("Barcelona")
        .postalCode("08001")
        .country("ES")
        .build();
  }

  /** A Spanish limited company (CIF starting with B: legal form 612). */
  public static Contact bakery() {
    return Contact.builder()
        .type(ContactType.ORGANISATION)
        .organisationName("Panadería Sol S.L.")
        .firstName("Luis")
        .lastName("Sol")
        .identityNumber("B12345674")
        .email("luis@example.com")
        .phone("+34.931234567")
        .address("Carrer Gran 5", null)
        .city("Girona")
        .state("Girona")
        .postalCode("17001")
        .country("ES")
        .build();
  }

  /** A British individual whose phone was typed with the national trunk zero. */
  public static Contact oliver() {
    return Contact.builder()
        .firstName("Oliver")
        .lastName("Smith")
        .identityNumber("GB123456789")
        .email("oliver@example.co.uk")
        .phone("+44.02079460018")
        .address("1 High Street", "Flat 3")
        .city("London")
        .state("Greater London")
        .postalCode("SW1A 1AA")
        .country("GB")
        .build();
  }

  /** The same contact in all four roles. */
  public static Contacts all(Contact contact) {
    return Contacts.allRoles(RoleContact.of(contact));
  }
}
