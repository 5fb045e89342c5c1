package org.regdesk.app.order;

import java.util.LinkedHashMap;
import java.util.Map;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.Customers;
import org.regdesk.registrar.spi.value.Contact;
import org.regdesk.registrar.spi.value.ContactType;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.RoleContact;
import org.regdesk.registrar.spi.value.TldFieldValues;
import org.springframework.stereotype.Component;

/**
 * What a registrar needs from the desk for an order: the customer as the contact of every role (the
 * plugin puts its override contacts in place where its settings say so) and the TLD's extra values,
 * secret ones opened only here, for the call.
 */
@Component
class OrderRequests {

  private final Customers customers;
  private final CustomFields customFields;

  OrderRequests(Customers customers, CustomFields customFields) {
    this.customers = customers;
    this.customFields = customFields;
  }

  /**
   * The customer as a contact.
   *
   * @param customer the customer
   * @return the contact for every role
   * @throws org.regdesk.registrar.spi.value.InvalidValueException naming what the customer lacks
   */
  Contacts contacts(Customer customer) {
    Map<CustomerField, String> linked = customers.linkedFieldValues(customer.id());
    Contact contact =
        Contact.builder()
            .type(customer.hasOrganisation() ? ContactType.ORGANISATION : ContactType.INDIVIDUAL)
            .firstName(customer.firstName())
            .lastName(customer.lastName())
            .organisationName(customer.organisation())
            .identityNumber(linked.get(CustomerField.IDENTITY_NUMBER))
            .email(customer.email().value())
            .phone(customer.phone())
            .address(customer.address1(), customer.address2())
            .city(customer.city())
            .state(customer.state())
            .postalCode(customer.postalCode())
            .country(customer.country().alpha2())
            .build();
    return Contacts.allRoles(RoleContact.of(contact));
  }

  /**
   * The TLD values of a domain and its customer, secrets opened.
   *
   * @param customerId the customer
   * @param storedDomainValues the domain's custom field values as stored, by key
   * @return the values for the plugin
   */
  TldFieldValues tldFields(long customerId, Map<String, String> storedDomainValues) {
    Map<String, String> domain = new LinkedHashMap<>();
    storedDomainValues.forEach(
        (key, stored) ->
            domain.put(
                key,
                customFields
                    .findByKey(CustomFieldKind.DOMAIN, key)
                    .map(field -> customFields.reveal(field, stored))
                    .orElse(stored)));
    return new TldFieldValues(domain, customers.linkedFieldValues(customerId));
  }
}
