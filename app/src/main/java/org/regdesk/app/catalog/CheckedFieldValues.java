package org.regdesk.app.catalog;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdesk.registrar.spi.value.CustomerField;

/**
 * Custom field values that passed {@link CustomFields}' checks, in canonical text: dates {@code
 * yyyy-MM-dd}, yes/no {@code true}/{@code false}, a choice's option value, text stripped, a secret
 * sealed with the desk's {@code SecretBox} (store it as it is; {@link CustomFields#reveal} opens it
 * for a registrar call). Fields left blank are absent.
 *
 * @param values one entry per answered field, in the fields' order
 */
public record CheckedFieldValues(List<FieldValue> values) {

  /** No values. */
  public static final CheckedFieldValues NONE = new CheckedFieldValues(List.of());

  /** Copies the list. */
  public CheckedFieldValues {
    values = List.copyOf(values);
  }

  /**
   * One checked value.
   *
   * @param field the field it answers
   * @param value the canonical text
   */
  public record FieldValue(CustomFieldDefinition field, String value) {

    @Override
    public String toString() {
      return "FieldValue[" + field.key() + "]";
    }
  }

  /**
   * The values keyed by the fields' stable keys, in the fields' order.
   *
   * @return key → value
   */
  public Map<String, String> byKey() {
    Map<String, String> byKey = new LinkedHashMap<>();
    values.forEach(v -> byKey.put(v.field().key(), v.value()));
    return byKey;
  }

  /**
   * The value of one field.
   *
   * @param key the field's stable key
   * @return the value, or empty when not answered
   */
  public Optional<String> value(String key) {
    return values.stream()
        .filter(v -> v.field().key().equals(key))
        .map(FieldValue::value)
        .findFirst();
  }

  /**
   * The values of customer fields linked to the registrar SPI's customer facts, as plugins take
   * them ({@code TldFieldValues.customerFields}).
   *
   * @return SPI customer field → value
   */
  public Map<CustomerField, String> linkedCustomerFields() {
    Map<CustomerField, String> linked = new EnumMap<>(CustomerField.class);
    for (FieldValue v : values) {
      v.field().linkedCustomerField().ifPresent(f -> linked.put(f, v.value()));
    }
    return linked;
  }

  /** Lists the keys only: values may be personal. */
  @Override
  public String toString() {
    return "CheckedFieldValues" + byKey().keySet();
  }
}
