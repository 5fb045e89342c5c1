package org.regdesk.app.catalog;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.regdesk.registrar.spi.descriptor.ChoiceOption;
import org.regdesk.registrar.spi.descriptor.FieldDefinition;
import org.regdesk.registrar.spi.value.CustomerField;

/**
 * A custom field as defined by an admin. Values are stored and looked up under {@link #key()},
 * which never changes once the field exists; the {@link #name()} is only what people read.
 *
 * @param id the row id
 * @param kind domain or customer field
 * @param key the stable key, e.g. {@code intendedUse}; unique within the kind
 * @param name the display name, e.g. {@code Intended Use}; unique within the kind, whatever the
 *     case
 * @param type how the value is entered and stored
 * @param required whether a value must be given
 * @param options the options of a {@link CustomFieldType#CHOICE}, in the order shown; empty
 *     otherwise
 * @param allGroups domain fields: true when the field applies to every product group; always false
 *     for customer fields
 * @param groupIds domain fields applying to chosen groups only: the ids of those groups (empty when
 *     {@code allGroups} or for customer fields)
 * @param inSignup customer fields: asked on the client area's sign-up form
 * @param linkedCustomerField customer fields: the registrar SPI's customer fact this field answers
 *     (VAT Number → {@link CustomerField#IDENTITY_NUMBER}), so plugins find it by that key
 */
public record CustomFieldDefinition(
    long id,
    CustomFieldKind kind,
    String key,
    String name,
    CustomFieldType type,
    boolean required,
    List<ChoiceOption> options,
    boolean allGroups,
    Set<Long> groupIds,
    boolean inSignup,
    Optional<CustomerField> linkedCustomerField) {

  /** What screens, the API and logs show instead of a secret value. */
  public static final String MASK = "••••••••";

  /** Copies the collections (group ids sorted, for stable output). */
  public CustomFieldDefinition {
    options = List.copyOf(options);
    groupIds = Collections.unmodifiableSet(new TreeSet<>(groupIds));
  }

  /**
   * Whether this is a domain field that applies to a product group.
   *
   * @param groupId the product group's id
   * @return true for a domain field applying to all groups or chosen for this one
   */
  public boolean appliesTo(long groupId) {
    return kind == CustomFieldKind.DOMAIN && (allGroups || groupIds.contains(groupId));
  }

  /**
   * The label of one of the options.
   *
   * @param value an option's value
   * @return its label, or empty when no option has this value
   */
  public Optional<String> optionLabel(String value) {
    return options.stream()
        .filter(o -> o.value().equals(value))
        .map(ChoiceOption::label)
        .findFirst();
  }

  /**
   * The value as people read it: the option's label of a choice, Yes/No for yes/no, {@value #MASK}
   * for a secret, else the value.
   *
   * @param value a stored value, or null
   * @return the text to show, empty for no value
   */
  public String display(String value) {
    if (value == null) {
      return "";
    }
    return switch (type) {
      case SECRET -> MASK;
      case CHOICE -> optionLabel(value).orElse(value);
      case YES_NO -> Boolean.parseBoolean(value) ? "Yes" : "No";
      default -> value;
    };
  }

  /**
   * The same field as a registrar plugin describes one, e.g. to compare it with what a TLD needs.
   *
   * @return the SPI's field definition with this key, name, type, options and required flag
   */
  public FieldDefinition toPluginField() {
    return new FieldDefinition(
        key, name, type.toPluginType(), required, options, Optional.empty(), "");
  }
}
