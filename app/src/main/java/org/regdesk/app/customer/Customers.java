package org.regdesk.app.customer;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.regdesk.app.ConflictException;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.catalog.CheckedFieldValues;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.storage.SearchWords;
import org.regdesk.registrar.spi.value.CountryCode;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.EmailAddress;
import org.regdesk.registrar.spi.value.PhoneNumber;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers with their customer custom field values: search, create, change, delete. Every part of
 * a customer is checked before anything is written; each write is one transaction.
 */
@Service
public class Customers {

  /** Where custom field values go in commands and errors: {@code customFields.vatNumber}. */
  public static final String CUSTOM_FIELDS = "customFields.";

  private final CustomerRepository customers;
  private final CustomFields customFields;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param customers the customers' tables
   * @param customFields the custom field definitions
   * @param clock the desk's clock
   */
  public Customers(CustomerRepository customers, CustomFields customFields, Clock clock) {
    this.customers = customers;
    this.customFields = customFields;
    this.clock = clock;
  }

  /**
   * One page of customers whose names, organisation or e-mail address have words beginning with
   * every word of the query (case and accents ignored), by last and first name.
   *
   * @param query the search, e.g. {@code ana garc} or {@code example.org}; null or blank for all
   * @param page which page
   * @return the page, with custom field values
   */
  @Transactional(readOnly = true)
  public Page<Customer> search(String query, PageRequest page) {
    List<SearchWords.Range> ranges = SearchWords.ranges(query);
    List<Customer> found = customers.search(ranges, page);
    return new Page<>(withValues(found), page, customers.count(ranges));
  }

  /**
   * One customer.
   *
   * @param id the customer's id
   * @return the customer with custom field values
   * @throws NotFoundException when there is none
   */
  @Transactional(readOnly = true)
  public Customer get(long id) {
    return withValues(List.of(require(id))).get(0);
  }

  /**
   * The customer with an e-mail address, whatever its case.
   *
   * @param email the address
   * @return the customer with custom field values, if any
   */
  @Transactional(readOnly = true)
  public Optional<Customer> findByEmail(EmailAddress email) {
    return customers.findByEmail(email).map(c -> withValues(List.of(c)).get(0));
  }

  /**
   * A customer's values of the customer fields linked to the registrar SPI's customer facts, as
   * plugins take them ({@code TldFieldValues.customerFields}).
   *
   * @param id the customer's id
   * @return e.g. {@code IDENTITY_NUMBER → ES12345678Z}; facts without a value are absent
   * @throws NotFoundException when there is no such customer
   */
  @Transactional(readOnly = true)
  public Map<CustomerField, String> linkedFieldValues(long id) {
    Customer customer = get(id);
    Map<CustomerField, String> linked = new EnumMap<>(CustomerField.class);
    for (CustomFieldDefinition field : customFields.definitions(CustomFieldKind.CUSTOMER)) {
      String value = customer.customFields().get(field.key());
      if (value != null) {
        field.linkedCustomerField().ifPresent(f -> linked.put(f, value));
      }
    }
    return linked;
  }

  /**
   * Creates a customer.
   *
   * @param command the customer as typed
   * @return the customer
   * @throws ValidationException naming each bad field ({@code firstName}, {@code email}, {@code
   *     phone}, {@code country}, {@code customFields.<key>} …), including an e-mail address another
   *     customer has; nothing is stored
   */
  @Transactional
  public Customer create(CustomerCommand command) {
    FieldErrors errors = new FieldErrors();
    CustomerRepository.CustomerRow row = check(errors, command, null);
    CheckedFieldValues values =
        customFields.checkCustomerValues(command.customFields(), CUSTOM_FIELDS, errors);
    errors.throwIfAny();
    long id;
    try {
      id = customers.insert(row, clock.instant());
    } catch (DuplicateKeyException sameEmailMeanwhile) {
      throw emailTaken();
    }
    customers.replaceValues(id, byFieldId(values));
    customers.replaceSearchTerms(id, terms(row));
    return get(id);
  }

  /**
   * Changes a customer.
   *
   * @param id the customer's id
   * @param command the customer as typed; {@code customFields} null keeps the stored values
   * @return the customer as changed
   * @throws NotFoundException when there is no such customer
   * @throws ValidationException naming each bad field; nothing is changed
   */
  @Transactional
  public Customer update(long id, CustomerCommand command) {
    require(id);
    FieldErrors errors = new FieldErrors();
    CustomerRepository.CustomerRow row = check(errors, command, id);
    CheckedFieldValues values =
        command.customFields() == null
            ? null
            : customFields.checkCustomerValues(command.customFields(), CUSTOM_FIELDS, errors);
    errors.throwIfAny();
    try {
      customers.update(id, row, clock.instant());
    } catch (DuplicateKeyException sameEmailMeanwhile) {
      throw emailTaken();
    }
    if (values != null) {
      customers.replaceValues(id, byFieldId(values));
    }
    customers.replaceSearchTerms(id, terms(row));
    return get(id);
  }

  /**
   * Deletes a customer and their custom field values.
   *
   * @param id the customer's id
   * @return the customer as it was
   * @throws NotFoundException when there is no such customer
   * @throws ConflictException when other records (domains, orders) still refer to the customer
   */
  @Transactional
  public Customer delete(long id) {
    Customer customer = get(id);
    try {
      customers.delete(id);
    } catch (DataIntegrityViolationException stillReferenced) {
      throw new ConflictException(
          "customer " + id + " still has domains or orders; it cannot be deleted");
    }
    return customer;
  }

  private Customer require(long id) {
    return customers
        .find(id)
        .orElseThrow(() -> new NotFoundException("customer " + id + " does not exist"));
  }

  private List<Customer> withValues(List<Customer> found) {
    if (found.isEmpty()) {
      return found;
    }
    Map<Long, Map<Long, String>> values =
        customers.values(found.stream().map(Customer::id).toList());
    List<CustomFieldDefinition> fields = customFields.definitions(CustomFieldKind.CUSTOMER);
    return found.stream()
        .map(
            c -> {
              Map<Long, String> own = values.getOrDefault(c.id(), Map.of());
              Map<String, String> byKey = new LinkedHashMap<>();
              for (CustomFieldDefinition field : fields) {
                String value = own.get(field.id());
                if (value != null) {
                  byKey.put(field.key(), value);
                }
              }
              return c.withCustomFields(byKey);
            })
        .toList();
  }

  private static Map<Long, String> byFieldId(CheckedFieldValues values) {
    return values.values().stream()
        .collect(
            Collectors.toMap(
                v -> v.field().id(),
                CheckedFieldValues.FieldValue::value,
                (a, b) -> b,
                LinkedHashMap::new));
  }

  private static List<byte[]> terms(CustomerRepository.CustomerRow row) {
    return CustomerSearchTerms.of(
        row.firstName(), row.lastName(), row.organisation(), row.email().value());
  }

  private static ValidationException emailTaken() {
    return ValidationException.of("email", "another customer has this e-mail address");
  }

  // ------------------------------------------------------------------ rules

  private CustomerRepository.CustomerRow check(
      FieldErrors errors, CustomerCommand command, Long exceptId) {
    String firstName = line(errors, "firstName", command.firstName(), 128, true);
    String lastName = line(errors, "lastName", command.lastName(), 128, true);
    String organisation = line(errors, "organisation", command.organisation(), 255, false);
    EmailAddress email = null;
    if (blank(command.email())) {
      errors.add("email", "is required");
    } else {
      email = errors.parse("email", () -> EmailAddress.of(command.email()));
    }
    if (email != null) {
      customers
          .findByEmail(email)
          .filter(other -> exceptId == null || other.id() != exceptId)
          .ifPresent(other -> errors.add("email", "another customer has this e-mail address"));
    }
    CountryCode country = null;
    if (blank(command.country())) {
      errors.add("country", "is required");
    } else {
      country = errors.parse("country", () -> CountryCode.of(command.country()));
    }
    CountryCode region = country;
    PhoneNumber phone = errors.parse("phone", () -> PhoneNumbers.parse(command.phone(), region));
    String address1 = line(errors, "address1", command.address1(), 255, true);
    String address2 = line(errors, "address2", command.address2(), 255, false);
    String city = line(errors, "city", command.city(), 128, true);
    String state = line(errors, "state", command.state(), 128, false);
    String postalCode = line(errors, "postalCode", command.postalCode(), 32, false);
    return new CustomerRepository.CustomerRow(
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
        country);
  }

  private static String line(
      FieldErrors errors, String field, String value, int maxLength, boolean required) {
    if (blank(value)) {
      errors.check(field, !required, "is required");
      return null;
    }
    String text = value.strip();
    if (text.length() > maxLength) {
      errors.add(field, "must be at most " + maxLength + " characters");
      return null;
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      errors.add(field, "must be a single line without control characters");
      return null;
    }
    return text;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
