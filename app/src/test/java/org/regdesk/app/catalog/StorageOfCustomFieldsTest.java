package org.regdesk.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.DatabaseTest;
import org.regdesk.app.testing.MutableClock;
import org.regdesk.app.testing.TestDatabase;
import org.regdesk.registrar.spi.descriptor.ChoiceOption;
import org.regdesk.registrar.spi.descriptor.FieldDefinition;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.FieldError;

/** Custom field definitions and product groups against both databases. */
class StorageOfCustomFieldsTest {

  private final MutableClock clock = new MutableClock();

  @DatabaseTest
  void vatNumberAndDateOfBirthExistFromTheFirstStartLinkedToTheSpiFields(TestDatabase db) {
    CustomFields fields = fields(db);

    CustomFieldDefinition vat = fields.linkedTo(CustomerField.IDENTITY_NUMBER).orElseThrow();
    CustomFieldDefinition birth = fields.linkedTo(CustomerField.DATE_OF_BIRTH).orElseThrow();

    assertThat(vat.name()).isEqualTo("VAT Number");
    assertThat(vat.key()).isEqualTo("vatNumber");
    assertThat(vat.type()).isEqualTo(CustomFieldType.TEXT);
    assertThat(vat.inSignup()).isTrue();
    assertThat(birth.name()).isEqualTo("Date of Birth");
    assertThat(birth.type()).isEqualTo(CustomFieldType.DATE);
    assertThat(fields.definitions(CustomFieldKind.CUSTOMER)).containsExactly(vat, birth);
    assertThat(fields.definitions(CustomFieldKind.DOMAIN)).isEmpty();
  }

  @DatabaseTest
  void aNewFieldGetsItsKeyFromItsNameAndKeepsItWhenRenamed(TestDatabase db) {
    CustomFields fields = fields(db);

    CustomFieldDefinition created =
        fields.create(CustomFieldKind.DOMAIN, command("", "Intended Use", "text"));
    CustomFieldDefinition renamed =
        fields.update(created.id(), command(null, "Intended use of the domain", "TEXT"));

    assertThat(created.key()).isEqualTo("intendedUse");
    assertThat(created.allGroups()).isTrue();
    assertThat(renamed.key()).isEqualTo("intendedUse");
    assertThat(renamed.name()).isEqualTo("Intended use of the domain");
    assertThat(fields.findByKey(CustomFieldKind.DOMAIN, "intendedUse")).contains(renamed);
    assertThatThrownBy(
            () -> fields.update(created.id(), command("otherKey", "Intended Use", "TEXT")))
        .satisfies(e -> assertNamed(e, "key", "cannot change"));
  }

  @DatabaseTest
  void keysAreUniquePerKindAndNamesWhateverTheirCase(TestDatabase db) {
    CustomFields fields = fields(db);
    fields.create(CustomFieldKind.DOMAIN, command("intendedUse", "Intended Use", "TEXT"));

    assertThatThrownBy(
            () -> fields.create(CustomFieldKind.DOMAIN, command("intendedUse", "Other", "TEXT")))
        .satisfies(
            e ->
                assertNamed(
                    e,
                    "key",
                    "'intendedUse' is already the key of the domain field 'Intended Use'"));
    assertThatThrownBy(
            () -> fields.create(CustomFieldKind.DOMAIN, command("", "INTENDED use", "TEXT")))
        .satisfies(e -> assertNamed(e, "name", "a domain field named 'Intended Use' exists"));
    // the same key as a customer field is fine: keys are unique per kind
    assertThat(fields.create(CustomFieldKind.CUSTOMER, command("intendedUse", "Use", "TEXT")).key())
        .isEqualTo("intendedUse");
    assertThat(fields.definitions(CustomFieldKind.DOMAIN)).hasSize(1);
  }

  @DatabaseTest
  void everyBadPartIsNamedAndNothingIsStored(TestDatabase db) {
    CustomFields fields = fields(db);
    long before = fields.list(null, PageRequest.first()).totalItems();

    assertThatThrownBy(
            () ->
                fields.create(
                    CustomFieldKind.DOMAIN,
                    new CustomFieldCommand(
                        "1bad key",
                        " ",
                        "number",
                        true,
                        List.of(new CustomFieldCommand.Option("a", "A")),
                        true,
                        List.of(5L),
                        true,
                        "identityNumber")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "name", "key", "type", "inSignup", "linkedCustomerField", "groupIds"));
    assertThatThrownBy(
            () -> fields.create(CustomFieldKind.DOMAIN, command("1bad key", "Fine", "TEXT")))
        .satisfies(e -> assertNamed(e, "key", "must start with a letter"));
    assertThatThrownBy(
            () -> fields.create(CustomFieldKind.CUSTOMER, command("", "Class", "CHOICE")))
        .satisfies(e -> assertNamed(e, "options", "a choice field needs at least one option"));
    assertThatThrownBy(
            () ->
                fields.create(
                    CustomFieldKind.CUSTOMER,
                    new CustomFieldCommand(
                        "",
                        "Class",
                        "CHOICE",
                        false,
                        List.of(
                            new CustomFieldCommand.Option("a", "A"),
                            new CustomFieldCommand.Option("a", "Again")),
                        null,
                        null,
                        null,
                        null)))
        .satisfies(e -> assertNamed(e, "options", "the value 'a' appears twice"));
    assertThatThrownBy(
            () ->
                fields.create(
                    CustomFieldKind.CUSTOMER,
                    new CustomFieldCommand(
                        "", "Passport", "TEXT", false, null, true, null, null, "dateOfBirth")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::toString)
                    .containsExactlyInAnyOrder(
                        "allGroups: applies only to domain fields",
                        "linkedCustomerField: 'dateOfBirth' needs a field of type DATE",
                        "linkedCustomerField: 'dateOfBirth' is already linked to the customer"
                            + " field 'Date of Birth'"));
    assertThat(fields.list(null, PageRequest.first()).totalItems()).isEqualTo(before);
  }

  @DatabaseTest
  void aChoiceKeepsItsOptionsInOrderAndAPluginFieldBecomesACommand(TestDatabase db) {
    CustomFields fields = fields(db);
    FieldDefinition xxxClass =
        FieldDefinition.choice(
                "xxxClass",
                "Class",
                List.of(
                    ChoiceOption.of("default", "Default"),
                    ChoiceOption.of("membership", "Membership"),
                    ChoiceOption.of("nonResolver", "Non-resolving")))
            .required()
            .build();

    CustomFieldDefinition created =
        fields.create(CustomFieldKind.DOMAIN, CustomFieldCommand.fromPluginField(xxxClass));

    assertThat(created.key()).isEqualTo("xxxClass");
    assertThat(created.required()).isTrue();
    assertThat(created.options()).containsExactlyElementsOf(xxxClass.options());
    assertThat(created.toPluginField().options()).isEqualTo(xxxClass.options());
    assertThat(created.display("nonResolver")).isEqualTo("Non-resolving");
  }

  @DatabaseTest
  void domainFieldsApplyToAllGroupsOrToTheChosenOnes(TestDatabase db) {
    CustomFields fields = fields(db);
    ProductGroups groups = groups(db);
    ProductGroup generic = groups.create(new ProductGroupCommand("Generic", "", null, null));
    ProductGroup spanish = groups.create(new ProductGroupCommand("Spanish", "ccTLD", null, null));
    CustomFieldDefinition everywhere =
        fields.create(CustomFieldKind.DOMAIN, command("", "Intended Use", "TEXT"));
    CustomFieldDefinition chosen =
        fields.create(
            CustomFieldKind.DOMAIN,
            new CustomFieldCommand(
                "", "Trademark", "TEXT", false, null, false, List.of(spanish.id()), null, null));

    assertThat(fields.domainFieldsOf(generic.id())).containsExactly(everywhere);
    assertThat(fields.domainFieldsOf(spanish.id()))
        .extracting(CustomFieldDefinition::key)
        .containsExactly("intendedUse", "trademark");

    // from the group's side: the chosen field now applies to Generic, no longer to Spanish
    groups.update(generic.id(), new ProductGroupCommand("Generic", "", null, List.of("trademark")));
    groups.update(spanish.id(), new ProductGroupCommand("Spanish", "", null, List.of()));
    assertThat(fields.get(chosen.id()).groupIds()).containsExactly(generic.id());
    assertThat(fields.domainFieldsOf(spanish.id())).containsExactly(everywhere);

    // a group's deletion takes its links along
    groups.delete(generic.id());
    assertThat(fields.get(chosen.id()).groupIds()).isEmpty();
    assertThatThrownBy(() -> fields.domainFieldsOf(generic.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @DatabaseTest
  void productGroupsAreNamedUniquelyAndRefuseUnknownFieldKeys(TestDatabase db) {
    ProductGroups groups = groups(db);
    groups.create(new ProductGroupCommand("Domains", "Generic TLDs", "domain", null));

    assertThatThrownBy(() -> groups.create(new ProductGroupCommand("DOMAINS", "", null, null)))
        .satisfies(e -> assertNamed(e, "name", "a product group named 'Domains' exists"));
    assertThatThrownBy(
            () ->
                groups.create(
                    new ProductGroupCommand("Other", "x", "hosting", List.of("vatNumber"))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::toString)
                    .containsExactly(
                        "type: must be DOMAIN",
                        "customFields: no domain field has the key 'vatNumber'"));
    assertThat(groups.all()).extracting(ProductGroup::name).containsExactly("Domains");
    assertThat(groups.list(new PageRequest(1, 1)).totalItems()).isEqualTo(1);
  }

  @DatabaseTest
  void domainValuesAreCheckedAgainstTheFieldsOfTheGroup(TestDatabase db) {
    CustomFields fields = fields(db);
    ProductGroups groups = groups(db);
    ProductGroup group = groups.create(new ProductGroupCommand("Adult", "", null, null));
    ProductGroup other = groups.create(new ProductGroupCommand("Other", "", null, null));
    fields.create(
        CustomFieldKind.DOMAIN,
        new CustomFieldCommand(
            "xxxClass",
            "Class",
            "CHOICE",
            true,
            List.of(
                new CustomFieldCommand.Option("default", "Default"),
                new CustomFieldCommand.Option("membership", null)),
            false,
            List.of(group.id()),
            null,
            null));
    fields.create(
        CustomFieldKind.DOMAIN,
        new CustomFieldCommand("issued", "Issued on", "DATE", false, null, null, null, null, null));
    fields.create(
        CustomFieldKind.DOMAIN,
        new CustomFieldCommand("member", "Member", "YES_NO", false, null, null, null, null, null));

    Map<String, String> good = new LinkedHashMap<>();
    good.put("member", " YES ");
    good.put("xxxClass", "membership");
    good.put("issued", "2020-02-29");
    CheckedFieldValues checked = fields.validateDomainValues(group.id(), good);
    assertThat(checked.byKey())
        .containsExactly(
            Map.entry("xxxClass", "membership"),
            Map.entry("issued", "2020-02-29"),
            Map.entry("member", "true"));

    FieldErrors errors = new FieldErrors();
    fields.checkDomainValues(
        group.id(),
        Map.of("issued", "29/02/2020", "member", "maybe", "nope", "x"),
        "order.domainFields.",
        errors);
    assertThatThrownBy(errors::throwIfAny)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::toString)
                    .containsExactlyInAnyOrder(
                        "order.domainFields.nope: is not a domain field",
                        "order.domainFields.xxxClass: is required",
                        "order.domainFields.issued: must be a date written yyyy-MM-dd, e.g."
                            + " 1980-05-17",
                        "order.domainFields.member: must be yes or no (true or false)"));
    assertThatThrownBy(
            () -> fields.validateDomainValues(group.id(), Map.of("xxxClass", "Membership")))
        .satisfies(
            e -> assertNamed(e, "domainFields.xxxClass", "must be one of: default, membership"));
    assertThatThrownBy(() -> fields.validateDomainValues(other.id(), Map.of("xxxClass", "default")))
        .satisfies(
            e ->
                assertNamed(e, "domainFields.xxxClass", "does not apply to product group 'Other'"));
    assertThatThrownBy(
            () -> fields.validateDomainValues(other.id(), Map.of("issued", "2021-13-01")))
        .satisfies(e -> assertNamed(e, "domainFields.issued", "must be a date written"));
    assertThat(fields.validateDomainValues(other.id(), null)).isEqualTo(CheckedFieldValues.NONE);
  }

  @DatabaseTest
  void aDateOfBirthMustLieBetween1900AndToday(TestDatabase db) {
    CustomFields fields = fields(db);
    String today = clock.instant().toString().substring(0, 10);

    assertThat(fields.validateCustomerValues(Map.of("dateOfBirth", today)).value("dateOfBirth"))
        .contains(today);
    assertThatThrownBy(() -> fields.validateCustomerValues(Map.of("dateOfBirth", "2999-01-01")))
        .satisfies(e -> assertNamed(e, "customFields.dateOfBirth", "must not be in the future"));
    assertThatThrownBy(() -> fields.validateCustomerValues(Map.of("dateOfBirth", "1899-12-31")))
        .satisfies(
            e -> assertNamed(e, "customFields.dateOfBirth", "must not be before 1900-01-01"));
    assertThat(
            fields
                .validateCustomerValues(Map.of("vatNumber", " ES12345678Z "))
                .linkedCustomerFields())
        .containsExactly(Map.entry(CustomerField.IDENTITY_NUMBER, "ES12345678Z"));
    assertThat(fields.validateCustomerValues(Map.of("vatNumber", " ")).values()).isEmpty();
  }

  @DatabaseTest
  void aMissingFieldOrGroupIsNotFound(TestDatabase db) {
    CustomFields fields = fields(db);

    assertThatThrownBy(() -> fields.get(999))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("custom field 999 does not exist");
    assertThatThrownBy(() -> fields.delete(999)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> groups(db).get(999))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("product group 999 does not exist");
    assertThat(fields.findByKey(CustomFieldKind.CUSTOMER, "nothing")).isEqualTo(Optional.empty());
  }

  private static void assertNamed(Throwable thrown, String field, String message) {
    assertThat(thrown).isInstanceOf(ValidationException.class);
    assertThat(((ValidationException) thrown).errors())
        .anySatisfy(
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.message()).contains(message);
            });
  }

  private static CustomFieldCommand command(String key, String name, String type) {
    return new CustomFieldCommand(key, name, type, false, null, null, null, null, null);
  }

  private CustomFields fields(TestDatabase db) {
    return new CustomFields(
        new CustomFieldRepository(db.jdbc()),
        new ProductGroupRepository(db.jdbc()),
        List.of(),
        clock);
  }

  private static ProductGroups groups(TestDatabase db) {
    return new ProductGroups(
        new ProductGroupRepository(db.jdbc()), new CustomFieldRepository(db.jdbc()));
  }
}
