package org.regdesk.app.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.registrar.spi.descriptor.FieldDefinition;
import org.regdesk.registrar.spi.descriptor.TldRequirements;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.Tld;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a TLD product's registrar plugin requires for its TLD ({@link Registrars#requirements}) set
 * against the desk's custom fields, linked by stable key, and the one-click creation of what is
 * missing: a missing domain field is created for the TLD's product group (type, options and
 * required flag as the plugin says; a {@code SECRET} plugin field becomes a secret field); an
 * existing one that does not apply to the group gets the group added; a customer fact with no
 * linked customer field gets one ({@code vatNumber} / {@code dateOfBirth}).
 */
@Service
public class TldRequiredFields {

  private final TldProducts products;
  private final CustomFields fields;
  private final Registrars registrars;

  /**
   * Creates the service.
   *
   * @param products the TLD products
   * @param fields the custom fields
   * @param registrars the registrar plugins
   */
  public TldRequiredFields(TldProducts products, CustomFields fields, Registrars registrars) {
    this.products = products;
    this.fields = fields;
    this.registrars = registrars;
  }

  /**
   * The required fields of a TLD product and where each stands.
   *
   * @param tld the TLD
   * @return the fields; empty lists for a manual TLD or one the plugin asks nothing extra for
   * @throws org.regdesk.app.NotFoundException when the TLD has no product
   */
  @Transactional(readOnly = true)
  public RequiredFields of(Tld tld) {
    return of(products.get(tld));
  }

  /**
   * The required fields of a TLD product and where each stands.
   *
   * @param product the product
   * @return the fields
   */
  @Transactional(readOnly = true)
  public RequiredFields of(TldProduct product) {
    if (product.registrarPlugin().isEmpty()
        || registrars.findPlugin(product.registrarPlugin().get()).isEmpty()) {
      return new RequiredFields(
          product.tld(),
          product.registrarPlugin(),
          product.groupId(),
          product.groupName(),
          List.of(),
          List.of());
    }
    TldRequirements requirements =
        registrars.requirements(product.registrarPlugin().get(), product.tld());
    List<RequiredFields.DomainFieldRow> domain = new ArrayList<>();
    for (FieldDefinition required : requirements.domainFields()) {
      Optional<CustomFieldDefinition> existing =
          fields.findByKey(CustomFieldKind.DOMAIN, required.key());
      RequiredFields.Status status =
          existing.isEmpty()
              ? RequiredFields.Status.MISSING
              : existing.get().appliesTo(product.groupId())
                  ? RequiredFields.Status.PRESENT
                  : RequiredFields.Status.NOT_IN_GROUP;
      domain.add(new RequiredFields.DomainFieldRow(required, existing, status));
    }
    List<RequiredFields.CustomerFieldRow> customer = new ArrayList<>();
    for (CustomerField field : requirements.customerFields()) {
      customer.add(new RequiredFields.CustomerFieldRow(field, fields.linkedTo(field)));
    }
    return new RequiredFields(
        product.tld(),
        product.registrarPlugin(),
        product.groupId(),
        product.groupName(),
        domain,
        customer);
  }

  /**
   * Creates what is missing, in one transaction (a field that cannot be created, e.g. because its
   * name is taken by another field, undoes them all).
   *
   * @param tld the TLD
   * @return the fields as they stand afterwards
   * @throws org.regdesk.app.NotFoundException when the TLD has no product
   * @throws org.regdesk.app.ValidationException when a field cannot be created, naming the problem
   */
  @Transactional
  public RequiredFields createMissing(Tld tld) {
    RequiredFields before = of(tld);
    for (RequiredFields.DomainFieldRow row : before.domainFields()) {
      switch (row.status()) {
        case MISSING ->
            fields.create(
                CustomFieldKind.DOMAIN,
                CustomFieldCommand.fromPluginField(row.required(), before.groupId()));
        case NOT_IN_GROUP -> addGroup(row.existing().orElseThrow(), before.groupId());
        case PRESENT -> {
          // nothing to do
        }
      }
    }
    for (RequiredFields.CustomerFieldRow row : before.customerFields()) {
      if (!row.satisfied()) {
        fields.create(CustomFieldKind.CUSTOMER, customerField(row.field()));
      }
    }
    return of(tld);
  }

  private void addGroup(CustomFieldDefinition field, long groupId) {
    List<Long> groupIds = new ArrayList<>(field.groupIds());
    groupIds.add(groupId);
    fields.update(
        field.id(),
        new CustomFieldCommand(
            field.key(),
            field.name(),
            field.type().name(),
            field.required(),
            field.options().stream()
                .map(o -> new CustomFieldCommand.Option(o.value(), o.label()))
                .toList(),
            false,
            groupIds,
            null,
            null));
  }

  private static CustomFieldCommand customerField(CustomerField field) {
    return switch (field) {
      case IDENTITY_NUMBER ->
          new CustomFieldCommand(
              "vatNumber", "VAT Number", "TEXT", false, null, null, null, true, field.key());
      case DATE_OF_BIRTH ->
          new CustomFieldCommand(
              "dateOfBirth", "Date of Birth", "DATE", false, null, null, null, false, field.key());
    };
  }
}
