package org.regdesk.registrar.spi.descriptor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.Tld;
import org.regdesk.registrar.spi.value.TldFieldValues;

/**
 * What a TLD needs beyond the usual contact data: extra domain fields (e.g. {@code .aero}'s Aero ID
 * and password, {@code .cat}'s intended use) and facts about the customer (e.g. the date of birth
 * for {@code .fr}). The host builds its order forms and checks from this, and refuses an order
 * whose answers fail {@link #validate} before any registrar call.
 *
 * @param tld the TLD
 * @param domainFields the extra fields asked per domain, keys distinct
 * @param customerFields the customer facts the TLD needs
 */
public record TldRequirements(
    Tld tld, List<FieldDefinition> domainFields, Set<CustomerField> customerFields) {

  /**
   * Copies the parts and checks that field keys are distinct.
   *
   * @param tld the TLD
   * @param domainFields the extra fields asked per domain, keys distinct
   * @param customerFields the customer facts the TLD needs
   */
  public TldRequirements {
    Require.present("tld", tld);
    domainFields = Require.listOf("domainFields", domainFields);
    Set<String> keys = new HashSet<>();
    for (FieldDefinition field : domainFields) {
      if (!keys.add(field.key())) {
        throw new InvalidValueException(
            "domainFields", "." + tld + " declares the key '" + field.key() + "' twice");
      }
    }
    Require.present("customerFields", customerFields);
    customerFields =
        customerFields.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(customerFields));
  }

  /**
   * A TLD with no extra requirements.
   *
   * @param tld the TLD
   * @return empty requirements
   */
  public static TldRequirements none(Tld tld) {
    return new TldRequirements(tld, List.of(), Set.of());
  }

  /**
   * Whether the TLD asks for anything extra.
   *
   * @return true if there are no extra fields
   */
  public boolean isEmpty() {
    return domainFields.isEmpty() && customerFields.isEmpty();
  }

  /**
   * The domain field with this key.
   *
   * @param key the stable key
   * @return the field, or empty if the TLD has none with that key
   */
  public Optional<FieldDefinition> domainField(String key) {
    return domainFields.stream().filter(f -> f.key().equals(key)).findFirst();
  }

  /**
   * Checks answers against these requirements: every domain field against its definition, and every
   * customer field present (dates written {@code YYYY-MM-DD}, not in the future is left to the
   * registry). Answers to fields the TLD does not ask for are ignored.
   *
   * @param values the answers
   * @return every problem, keyed by field key ({@link CustomerField#key()} for customer facts);
   *     empty if the answers are complete and well-formed
   */
  public List<FieldError> validate(TldFieldValues values) {
    Require.present("values", values);
    List<FieldError> errors = new ArrayList<>();
    for (FieldDefinition field : domainFields) {
      field.check(values.domainFields().get(field.key())).ifPresent(errors::add);
    }
    for (CustomerField field : customerFields) {
      Optional<String> value = values.customerField(field);
      if (value.isEmpty()) {
        errors.add(new FieldError(field.key(), "is required for ." + tld));
      } else if (field == CustomerField.DATE_OF_BIRTH) {
        try {
          LocalDate.parse(value.get().strip());
        } catch (DateTimeParseException e) {
          errors.add(new FieldError(field.key(), "must be a date written YYYY-MM-DD"));
        }
      }
    }
    return errors;
  }

  /**
   * Like {@link #validate}, throwing when anything is wrong.
   *
   * @param values the answers
   * @throws InvalidValueException listing every problem
   */
  public void check(TldFieldValues values) {
    List<FieldError> errors = validate(values);
    if (!errors.isEmpty()) {
      throw new InvalidValueException(errors);
    }
  }
}
