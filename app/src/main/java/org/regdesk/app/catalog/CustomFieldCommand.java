package org.regdesk.app.catalog;

import java.util.List;
import org.regdesk.registrar.spi.descriptor.FieldDefinition;

/**
 * What an admin asks for when creating or changing a custom field, as typed; {@link CustomFields}
 * checks every part and names the field of each problem.
 *
 * @param key the stable key; on create, blank derives it from the name ({@code Intended Use} →
 *     {@code intendedUse}); on update, null or the current key (the key cannot change)
 * @param name the display name
 * @param type {@code TEXT}, {@code DATE}, {@code CHOICE}, {@code YES_NO} or (domain fields only)
 *     {@code SECRET} (any case)
 * @param required whether a value must be given; null means no
 * @param options the options of a choice, in order; null or empty for other types
 * @param allGroups domain fields: apply to every product group (null means yes); must be null for
 *     customer fields
 * @param groupIds domain fields with {@code allGroups} false: the product groups it applies to;
 *     null or empty otherwise
 * @param inSignup customer fields: ask it at sign-up (null means no); must be null for domain
 *     fields
 * @param linkedCustomerField customer fields: the registrar SPI's customer field key this field
 *     answers ({@code identityNumber} or {@code dateOfBirth}); null or blank for none
 */
public record CustomFieldCommand(
    String key,
    String name,
    String type,
    Boolean required,
    List<Option> options,
    Boolean allGroups,
    List<Long> groupIds,
    Boolean inSignup,
    String linkedCustomerField) {

  /**
   * One option of a choice, as typed.
   *
   * @param value the value stored and sent to plugins, e.g. {@code nonResolver}
   * @param label the text shown; blank means the same as the value
   */
  public record Option(String value, String label) {}

  /**
   * A domain field for all product groups with the key, name, type, options and required flag a
   * registrar plugin asks for, so that the desk can create it in one click.
   *
   * @param field the plugin's field definition
   * @return the command
   */
  public static CustomFieldCommand fromPluginField(FieldDefinition field) {
    return new CustomFieldCommand(
        field.key(),
        field.label(),
        CustomFieldType.of(field.type()).name(),
        field.required(),
        field.options().stream().map(o -> new Option(o.value(), o.label())).toList(),
        true,
        null,
        null,
        null);
  }

  /**
   * A domain field for one product group with the key, name, type, options and required flag a
   * registrar plugin asks for.
   *
   * @param field the plugin's field definition
   * @param groupId the product group it applies to
   * @return the command
   */
  public static CustomFieldCommand fromPluginField(FieldDefinition field, long groupId) {
    return new CustomFieldCommand(
        field.key(),
        field.label(),
        CustomFieldType.of(field.type()).name(),
        field.required(),
        field.options().stream().map(o -> new Option(o.value(), o.label())).toList(),
        false,
        List.of(groupId),
        null,
        null);
  }
}
