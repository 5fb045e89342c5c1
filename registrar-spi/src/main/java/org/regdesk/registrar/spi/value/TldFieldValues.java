package org.regdesk.registrar.spi.value;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.regdesk.registrar.spi.internal.Require;

/**
 * The answers to a TLD's extra requirements, as text: domain fields keyed by the stable key of
 * their {@code FieldDefinition}, and customer fields keyed by {@link CustomerField}. Dates are ISO
 * {@code YYYY-MM-DD}; yes/no values are {@code true} or {@code false}.
 *
 * <p>This record only carries the answers; {@code TldRequirements.validate} checks them against
 * what the TLD needs. Values may be secrets (e.g. a registry password), so {@link #toString()}
 * shows keys only.
 *
 * @param domainFields answers to the TLD's domain fields
 * @param customerFields the customer's facts the TLD needs
 */
public record TldFieldValues(
    Map<String, String> domainFields, Map<CustomerField, String> customerFields) {

  /** An empty set of answers, for TLDs without extra requirements. */
  public static final TldFieldValues NONE = new TldFieldValues(Map.of(), Map.of());

  /**
   * Copies both maps.
   *
   * @param domainFields answers to the TLD's domain fields
   * @param customerFields the customer's facts the TLD needs
   */
  public TldFieldValues {
    domainFields = Require.mapOf("domainFields", domainFields);
    Map<CustomerField, String> customer = Require.mapOf("customerFields", customerFields);
    customerFields =
        customer.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(customer));
  }

  /**
   * The answer to a domain field.
   *
   * @param key the field's stable key
   * @return the answer, or empty if not given or blank
   */
  public Optional<String> domainField(String key) {
    return Optional.ofNullable(domainFields.get(key)).filter(value -> !value.isBlank());
  }

  /**
   * The value of a customer field.
   *
   * @param field the customer field
   * @return the value, or empty if not given or blank
   */
  public Optional<String> customerField(CustomerField field) {
    return Optional.ofNullable(customerFields.get(field)).filter(value -> !value.isBlank());
  }

  /** Returns the keys only, because values may be secret or personal. */
  @Override
  public String toString() {
    return "TldFieldValues[domainFields="
        + domainFields.keySet()
        + ", customerFields="
        + customerFields.keySet()
        + "]";
  }
}
