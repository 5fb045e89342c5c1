package org.regdesk.app.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regdesk.app.ConflictException;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.catalog.CustomFieldCommand;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFieldRepository;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.catalog.ProductGroupRepository;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.DatabaseTest;
import org.regdesk.app.testing.MutableClock;
import org.regdesk.app.testing.TestDatabase;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.EmailAddress;
import org.regdesk.registrar.spi.value.FieldError;

/** Customers, their custom field values and search, against both databases. */
class StorageOfCustomersTest {

  private final MutableClock clock = new MutableClock();

  @DatabaseTest
  void aCustomerIsStoredCheckedWithTheirCustomFieldValues(TestDatabase db) {
    Desk desk = new Desk(db);

    Customer ana =
        desk.customers.create(
            ana(
                "Ana.Garcia@Example.ORG",
                Map.of("vatNumber", "ES12345678Z", "dateOfBirth", "1980-05-17")));

    Customer read = desk.customers.get(ana.id());
    assertThat(read.firstName()).isEqualTo("Ana");
    assertThat(read.email().value()).isEqualTo("Ana.Garcia@example.org");
    assertThat(read.phone().e164()).isEqualTo("+34912345678");
    assertThat(read.country().alpha2()).isEqualTo("ES");
    assertThat(read.organisation()).isNull();
    assertThat(read.hasOrganisation()).isFalse();
    assertThat(read.address2()).isNull();
    assertThat(read.userAccountId()).isNull();
    assertThat(read.customFields())
        .containsExactly(
            Map.entry("vatNumber", "ES12345678Z"), Map.entry("dateOfBirth", "1980-05-17"));
    assertThat(read.createdAt()).isEqualTo(clock.instant());
    assertThat(desk.customers.linkedFieldValues(ana.id()))
        .containsEntry(CustomerField.IDENTITY_NUMBER, "ES12345678Z")
        .containsEntry(CustomerField.DATE_OF_BIRTH, "1980-05-17");
    assertThat(desk.customers.findByEmail(EmailAddress.of("ana.garcia@EXAMPLE.org")))
        .contains(read);
    assertThat(read.toString()).isEqualTo("Customer[" + ana.id() + "]");
  }

  @DatabaseTest
  void phonesAreReadWithTheCustomersCountryAndStoredInE164(TestDatabase db) {
    Desk desk = new Desk(db);

    assertThat(
            desk.customers.create(withPhone("a@example.org", "912 34 56 78", "ES")).phone().e164())
        .isEqualTo("+34912345678");
    assertThat(
            desk.customers
                .create(withPhone("b@example.org", "+44 20 7946 0018", "ES"))
                .phone()
                .e164())
        .isEqualTo("+442079460018");
    assertThat(
            desk.customers
                .create(withPhone("c@example.org", "06 12 34 56 78", "IT"))
                .phone()
                .e164())
        .isEqualTo("+39061234567" + "8");

    for (String bad :
        List.of("12", "+34 123", "call me", "+999 123456789", "912 345 678 ext. 12")) {
      assertThatThrownBy(() -> desk.customers.create(withPhone("d@example.org", bad, "ES")))
          .as(bad)
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("phone");
                assertThat(e.getMessage()).doesNotContain(bad);
              });
    }
  }

  @DatabaseTest
  void everyBadFieldIsNamedAndNothingIsStored(TestDatabase db) {
    Desk desk = new Desk(db);
    Map<String, String> values = new HashMap<>();
    values.put("dateOfBirth", "17/05/1980");
    values.put("shoeSize", "42");

    assertThatThrownBy(
            () ->
                desk.customers.create(
                    new CustomerCommand(
                        " ",
                        "x".repeat(129),
                        null,
                        "not-an-address",
                        "",
                        "",
                        null,
                        null,
                        null,
                        null,
                        "UK",
                        values)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::toString)
                    .containsExactlyInAnyOrder(
                        "firstName: is required",
                        "lastName: must be at most 128 characters",
                        "email: must look like name@example.org",
                        "country: 'UK' is not an ISO 3166 country code (use GB)",
                        "phone: is required",
                        "address1: is required",
                        "city: is required",
                        "customFields.shoeSize: is not a customer field",
                        "customFields.dateOfBirth: must be a date written yyyy-MM-dd, e.g."
                            + " 1980-05-17"));
    assertThat(desk.customers.search("", PageRequest.first()).totalItems()).isZero();
    assertThat(count(db, "customer_field_values")).isZero();
    assertThat(count(db, "customer_search_terms")).isZero();
  }

  @DatabaseTest
  void eMailAddressesAreUniqueWhateverTheirCase(TestDatabase db) {
    Desk desk = new Desk(db);
    Customer ana = desk.customers.create(ana("ana@example.org", Map.of()));
    Customer bob = desk.customers.create(ana("bob@example.org", Map.of()));

    assertThatThrownBy(() -> desk.customers.create(ana("ANA@Example.org", Map.of())))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::toString)
                    .containsExactly("email: another customer has this e-mail address"));
    assertThatThrownBy(() -> desk.customers.update(bob.id(), ana("Ana@example.org", Map.of())))
        .isInstanceOf(ValidationException.class);
    assertThat(desk.customers.get(bob.id()).email().value()).isEqualTo("bob@example.org");
    // a customer keeps their own address, in another case
    assertThat(desk.customers.update(ana.id(), ana("ANA@example.org", Map.of())).email().value())
        .isEqualTo("ANA@example.org");
  }

  @DatabaseTest
  void anUpdateWithoutCustomFieldsKeepsThemAndAnEmptySetClearsThem(TestDatabase db) {
    Desk desk = new Desk(db);
    Customer ana = desk.customers.create(ana("ana@example.org", Map.of("vatNumber", "X1")));
    clock.advance(Duration.ofHours(1));

    Customer kept = desk.customers.update(ana.id(), ana("ana@example.org", null));
    assertThat(kept.customFields()).containsExactly(Map.entry("vatNumber", "X1"));
    assertThat(kept.updatedAt()).isEqualTo(clock.instant());
    assertThat(kept.createdAt()).isEqualTo(ana.createdAt());

    Customer cleared = desk.customers.update(ana.id(), ana("ana@example.org", Map.of()));
    assertThat(cleared.customFields()).isEmpty();
  }

  @DatabaseTest
  void aRequiredCustomerFieldMustBeAnswered(TestDatabase db) {
    Desk desk = new Desk(db);
    desk.fields.create(
        CustomFieldKind.CUSTOMER,
        new CustomFieldCommand("", "Tax office", "TEXT", true, null, null, null, null, null));

    assertThatThrownBy(() -> desk.customers.create(ana("ana@example.org", Map.of())))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::toString)
                    .containsExactly("customFields.taxOffice: is required"));
    assertThat(
            desk.customers
                .create(ana("ana@example.org", Map.of("taxOffice", "Madrid")))
                .customFields())
        .containsEntry("taxOffice", "Madrid");
  }

  @DatabaseTest
  void aFieldHoldingValuesIsNotDeletedNorRetypedAndKeepsItsOptionsInUse(TestDatabase db) {
    Desk desk = new Desk(db);
    CustomFieldDefinition vat = desk.fields.linkedTo(CustomerField.IDENTITY_NUMBER).orElseThrow();
    CustomFieldDefinition size =
        desk.fields.create(
            CustomFieldKind.CUSTOMER,
            new CustomFieldCommand(
                "size",
                "Company size",
                "CHOICE",
                false,
                List.of(
                    new CustomFieldCommand.Option("small", "Small"),
                    new CustomFieldCommand.Option("large", "Large"),
                    new CustomFieldCommand.Option("huge", "Huge")),
                null,
                null,
                null,
                null));
    desk.customers.create(ana("a@example.org", Map.of("vatNumber", "A1", "size", "small")));
    desk.customers.create(ana("b@example.org", Map.of("vatNumber", "B2", "size", "small")));

    assertThatThrownBy(() -> desk.fields.delete(vat.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessage("custom field 'VAT Number' holds 2 values; it cannot be deleted");
    assertThatThrownBy(
            () ->
                desk.fields.update(
                    vat.id(),
                    new CustomFieldCommand(
                        null, "VAT Number", "DATE", false, null, null, null, null, null)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("custom field 'VAT Number' holds 2 values; its type cannot change");
    assertThatThrownBy(
            () ->
                desk.fields.update(
                    size.id(),
                    new CustomFieldCommand(
                        null,
                        "Company size",
                        "CHOICE",
                        false,
                        List.of(new CustomFieldCommand.Option("large", "Big")),
                        null,
                        null,
                        null,
                        null)))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "options: custom field 'Company size' still holds values of the option 'small' (2"
                + " values); change those values before removing it");
    assertThat(desk.fields.get(size.id()).options()).hasSize(3);

    // an option nobody chose may go, and labels may change
    CustomFieldDefinition trimmed =
        desk.fields.update(
            size.id(),
            new CustomFieldCommand(
                null,
                "Company size",
                "CHOICE",
                false,
                List.of(
                    new CustomFieldCommand.Option("small", "Small (1-9)"),
                    new CustomFieldCommand.Option("large", "Large")),
                null,
                null,
                null,
                null));
    assertThat(trimmed.options())
        .extracting(o -> o.label())
        .containsExactly("Small (1-9)", "Large");

    // once no customer holds a value the field can go
    Customer holder = desk.customers.search("a@example.org", PageRequest.first()).items().get(0);
    desk.customers.delete(holder.id());
    desk.customers.delete(
        desk.customers.search("b@example.org", PageRequest.first()).items().get(0).id());
    assertThat(desk.fields.delete(vat.id()).key()).isEqualTo("vatNumber");
    assertThat(desk.fields.linkedTo(CustomerField.IDENTITY_NUMBER)).isEmpty();
  }

  @DatabaseTest
  void searchFindsWordPrefixesOfNamesOrganisationAndEmailWhateverCaseAndAccents(TestDatabase db) {
    Desk desk = new Desk(db);
    Customer ana =
        desk.customers.create(named("Ana", "García-López", "Acme Ibérica", "ana.g@example.org"));
    Customer dmitri = desk.customers.create(named("Дмитрий", "Иванов", null, "dmitri@example.net"));
    Customer zoe = desk.customers.create(named("Zoë", "Adams", "Zebra Ltd", "zoe@zebra.io"));

    assertThat(found(desk, "")).containsExactly(zoe, ana, dmitri);
    assertThat(found(desk, "gar")).containsExactly(ana);
    assertThat(found(desk, "LOPEZ")).containsExactly(ana);
    assertThat(found(desk, "ana garc")).containsExactly(ana);
    assertThat(found(desk, "ana zebra")).isEmpty();
    assertThat(found(desk, "ibérica")).containsExactly(ana);
    assertThat(found(desk, "example")).containsExactly(ana, dmitri);
    assertThat(found(desk, "ana.g@example.org")).containsExactly(ana);
    assertThat(found(desk, "дми")).containsExactly(dmitri);
    assertThat(found(desk, "ИВАНОВ")).containsExactly(dmitri);
    assertThat(found(desk, "zoe")).containsExactly(zoe);
    assertThat(found(desk, "z")).containsExactly(zoe);
    assertThat(found(desk, "@")).hasSize(3);
    assertThat(found(desk, "garcíaz")).isEmpty();

    // a change of name changes what finds the customer
    desk.customers.update(ana.id(), named("Ana", "Martín", null, "ana.g@example.org"));
    assertThat(found(desk, "garcia")).isEmpty();
    assertThat(found(desk, "martin")).extracting(Customer::id).containsExactly(ana.id());
  }

  @DatabaseTest
  void searchResultsArePagedWithTheirTotal(TestDatabase db) {
    Desk desk = new Desk(db);
    for (int i = 0; i < 7; i++) {
      desk.customers.create(named("Pat", "Smith" + i, null, "pat" + i + "@example.org"));
    }
    desk.customers.create(named("Pat", "Jones", null, "jones@example.org"));

    Page<Customer> second = desk.customers.search("smith", new PageRequest(2, 3));
    assertThat(second.totalItems()).isEqualTo(7);
    assertThat(second.totalPages()).isEqualTo(3);
    assertThat(second.items())
        .extracting(Customer::lastName)
        .containsExactly("Smith3", "Smith4", "Smith5");
    assertThat(desk.customers.search("pat", new PageRequest(3, 3)).items())
        .extracting(Customer::lastName)
        .containsExactly("Smith5", "Smith6");
  }

  @DatabaseTest
  void aMissingCustomerIsNotFound(TestDatabase db) {
    Desk desk = new Desk(db);

    assertThatThrownBy(() -> desk.customers.get(404))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("customer 404 does not exist");
    assertThatThrownBy(() -> desk.customers.update(404, ana("x@example.org", Map.of())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> desk.customers.delete(404)).isInstanceOf(NotFoundException.class);
  }

  private static List<Customer> found(Desk desk, String query) {
    return desk.customers.search(query, PageRequest.first()).items().stream()
        .map(c -> c.withCustomFields(Map.of()))
        .toList();
  }

  private static long count(TestDatabase db, String table) {
    return db.jdbc().sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  static CustomerCommand ana(String email, Map<String, String> values) {
    return new CustomerCommand(
        "Ana",
        "García",
        "",
        email,
        "+34 912 34 56 78",
        "Calle Mayor 1",
        " ",
        "Madrid",
        "Madrid",
        "28013",
        "es",
        values);
  }

  private static CustomerCommand withPhone(String email, String phone, String country) {
    return new CustomerCommand(
        "Ana", "García", null, email, phone, "Street 1", null, "City", null, null, country, null);
  }

  private static CustomerCommand named(String first, String last, String org, String email) {
    return new CustomerCommand(
        first,
        last,
        org,
        email,
        "+34912345678",
        "Street 1",
        null,
        "City",
        null,
        null,
        "ES",
        Map.of());
  }

  /** The services over one test database. */
  private final class Desk {
    final CustomFields fields;
    final Customers customers;

    Desk(TestDatabase db) {
      CustomerRepository repository = new CustomerRepository(db.jdbc());
      fields =
          new CustomFields(
              new CustomFieldRepository(db.jdbc()),
              new ProductGroupRepository(db.jdbc()),
              List.of(new CustomerFieldValueStore(repository)),
              clock);
      customers = new Customers(repository, fields, clock);
    }
  }
}
