package org.regdesk.app.catalog;

import java.util.List;
import java.util.Optional;
import org.regdesk.registrar.spi.descriptor.FieldDefinition;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.Tld;

/**
 * The fields a TLD product's registrar plugin requires for its TLD, and whether the desk has each
 * one, linked by stable key: domain fields as domain custom fields of the TLD's product group,
 * customer facts as customer fields linked to the SPI's {@link CustomerField}.
 *
 * @param tld the TLD
 * @param plugin the plugin, or empty for a manual TLD (then both lists are empty)
 * @param groupId the TLD product's group
 * @param groupName its name
 * @param domainFields one row per domain field the plugin asks for
 * @param customerFields one row per customer fact the plugin needs
 */
public record RequiredFields(
    Tld tld,
    Optional<String> plugin,
    long groupId,
    String groupName,
    List<DomainFieldRow> domainFields,
    List<CustomerFieldRow> customerFields) {

  /** Copies the lists. */
  public RequiredFields {
    domainFields = List.copyOf(domainFields);
    customerFields = List.copyOf(customerFields);
  }

  /** Where a required domain field stands. */
  public enum Status {
    /** A domain field with the key exists and applies to the TLD's product group. */
    PRESENT("Present"),
    /** A domain field with the key exists but does not apply to the TLD's product group. */
    NOT_IN_GROUP("Exists, not in this group"),
    /** No domain field has the key. */
    MISSING("Missing");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    /**
     * The text shown.
     *
     * @return the label
     */
    public String label() {
      return label;
    }
  }

  /**
   * One domain field the plugin asks for.
   *
   * @param required the plugin's definition
   * @param existing the desk's domain field with the same key, if any
   * @param status present, not in the group, or missing
   */
  public record DomainFieldRow(
      FieldDefinition required, Optional<CustomFieldDefinition> existing, Status status) {

    /**
     * The desk's type for the plugin's field.
     *
     * @return the type the one-click creation uses
     */
    public CustomFieldType type() {
      return CustomFieldType.of(required.type());
    }

    /**
     * Whether the existing field's type differs from the plugin's (answers may then not fit).
     *
     * @return true when a field exists with another type
     */
    public boolean typeDiffers() {
      return existing.map(f -> f.type() != type()).orElse(false);
    }
  }

  /**
   * One customer fact the plugin needs.
   *
   * @param field the SPI's customer field
   * @param linked the customer field linked to it, if any
   */
  public record CustomerFieldRow(CustomerField field, Optional<CustomFieldDefinition> linked) {

    /**
     * Whether a customer field answers it.
     *
     * @return true when linked
     */
    public boolean satisfied() {
      return linked.isPresent();
    }
  }

  /**
   * Whether the one-click creation has anything to do.
   *
   * @return true when a domain field is missing or not in the group, or a customer fact has no
   *     linked field
   */
  public boolean anythingMissing() {
    return domainFields.stream().anyMatch(r -> r.status() != Status.PRESENT)
        || customerFields.stream().anyMatch(r -> !r.satisfied());
  }
}
