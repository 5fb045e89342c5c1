package org.regdesk.app.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regdesk.app.ConflictException;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.security.SecretBox;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.registrar.spi.descriptor.ChoiceOption;
import org.regdesk.registrar.spi.value.CustomerField;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custom field definitions (domain and customer fields) and the checks of their values.
 *
 * <p>Definitions: create, change and delete with every rule checked first and one transaction per
 * write. A field's key never changes. Deleting a field that holds values, changing the type of one,
 * or dropping a choice option some value uses is refused with the count ({@link
 * ConflictException}); the counts come from every {@link CustomFieldValueStore}.
 *
 * <p>Values: {@link #checkCustomerValues} and {@link #checkDomainValues} read a set of values keyed
 * by stable key against the fields that apply (typed per field, required fields present, unknown
 * keys refused), naming each problem {@code <prefix><key>}.
 */
@Service
public class CustomFields {

  private static final int MAX_NAME_LENGTH = 100;
  private static final int MAX_OPTION_LENGTH = 128;
  private static final int MAX_KEY_SHOWN = 64;

  private final CustomFieldRepository fields;
  private final ProductGroupRepository groups;
  private final List<CustomFieldValueStore> stores;
  private final Clock clock;
  private final SecretBox secrets;

  /**
   * Creates the service without a secret box: values of {@link CustomFieldType#SECRET} fields are
   * then refused (for storage tests that need no secrets).
   *
   * @param fields the definitions' tables
   * @param groups the product groups' table
   * @param stores every feature that stores field values
   * @param clock the desk's clock (dates of birth must not be in the future)
   */
  public CustomFields(
      CustomFieldRepository fields,
      ProductGroupRepository groups,
      List<CustomFieldValueStore> stores,
      Clock clock) {
    this(fields, groups, stores, clock, null);
  }

  /**
   * Creates the service.
   *
   * @param fields the definitions' tables
   * @param groups the product groups' table
   * @param stores every feature that stores field values
   * @param clock the desk's clock (dates of birth must not be in the future)
   * @param secrets seals the values of secret fields
   */
  @Autowired
  public CustomFields(
      CustomFieldRepository fields,
      ProductGroupRepository groups,
      List<CustomFieldValueStore> stores,
      Clock clock,
      SecretBox secrets) {
    this.fields = fields;
    this.groups = groups;
    this.stores = List.copyOf(stores);
    this.clock = clock;
    this.secrets = secrets;
  }

  // ---------------------------------------------------------------- reading definitions

  /**
   * Every field of a kind, oldest first (the order forms show them in).
   *
   * @param kind the kind
   * @return the fields
   */
  @Transactional(readOnly = true)
  public List<CustomFieldDefinition> definitions(CustomFieldKind kind) {
    return fields.findAll(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * One page of fields, customer fields first, then domain fields, each oldest first.
   *
   * @param kind the kind, or null for both
   * @param page which page
   * @return the page
   */
  @Transactional(readOnly = true)
  public Page<CustomFieldDefinition> list(CustomFieldKind kind, PageRequest page) {
    return new Page<>(fields.list(kind, page), page, fields.count(kind));
  }

  /**
   * One field.
   *
   * @param id the field's id
   * @return the field
   * @throws NotFoundException when there is none
   */
  @Transactional(readOnly = true)
  public CustomFieldDefinition get(long id) {
    return fields
        .find(id)
        .orElseThrow(() -> new NotFoundException("custom field " + id + " does not exist"));
  }

  /**
   * The field of a kind with a stable key.
   *
   * @param kind the kind
   * @param key the key, exactly
   * @return the field, if any
   */
  @Transactional(readOnly = true)
  public Optional<CustomFieldDefinition> findByKey(CustomFieldKind kind, String key) {
    return fields.findByKey(kind, key);
  }

  /**
   * The customer field that answers one of the registrar SPI's customer facts, e.g. the VAT Number
   * for {@link CustomerField#IDENTITY_NUMBER}.
   *
   * @param field the SPI's customer field
   * @return the linked customer field, if an admin has one
   */
  @Transactional(readOnly = true)
  public Optional<CustomFieldDefinition> linkedTo(CustomerField field) {
    return fields.findLinkedTo(field);
  }

  /**
   * The domain fields that apply to a product group: those for all groups and those chosen for it.
   *
   * @param productGroupId the group's id
   * @return the fields, oldest first
   * @throws NotFoundException when the group does not exist
   */
  @Transactional(readOnly = true)
  public List<CustomFieldDefinition> domainFieldsOf(long productGroupId) {
    requireGroup(productGroupId);
    return fields.findAll(CustomFieldKind.DOMAIN).stream()
        .filter(f -> f.appliesTo(productGroupId))
        .toList();
  }

  // ---------------------------------------------------------------- writing definitions

  /**
   * Creates a field.
   *
   * @param kind domain or customer field
   * @param command the field as typed
   * @return the field
   * @throws org.regdesk.app.ValidationException naming each bad part ({@code key}, {@code name},
   *     {@code type}, {@code options}, {@code allGroups}, {@code groupIds}, {@code inSignup},
   *     {@code linkedCustomerField}); nothing is stored
   */
  @Transactional
  public CustomFieldDefinition create(CustomFieldKind kind, CustomFieldCommand command) {
    Objects.requireNonNull(kind, "kind");
    FieldErrors errors = new FieldErrors();
    String name = checkName(errors, kind, command.name(), null);
    String key = checkNewKey(errors, kind, command.key(), name);
    Spec spec = checkSpec(errors, kind, command, null);
    errors.throwIfAny();

    long id = fields.insert(spec.row(kind, key, name));
    fields.replaceOptions(id, spec.options());
    if (kind == CustomFieldKind.DOMAIN && !spec.allGroups()) {
      fields.replaceGroupsOfField(id, spec.groupIds());
    }
    return get(id);
  }

  /**
   * Changes a field; its kind and key stay.
   *
   * @param id the field's id
   * @param command the field as typed; {@code key} null or the current key
   * @return the field as changed
   * @throws NotFoundException when the field does not exist
   * @throws org.regdesk.app.ValidationException naming each bad part; nothing is changed
   * @throws ConflictException when the type changes while values are stored, or a choice option
   *     that stored values use is dropped; nothing is changed
   */
  @Transactional
  public CustomFieldDefinition update(long id, CustomFieldCommand command) {
    CustomFieldDefinition existing = get(id);
    FieldErrors errors = new FieldErrors();
    if (command.key() != null
        && !command.key().isBlank()
        && !command.key().strip().equals(existing.key())) {
      errors.add("key", "cannot change: stored values and plugins find the field by its key");
    }
    String name = checkName(errors, existing.kind(), command.name(), id);
    Spec spec = checkSpec(errors, existing.kind(), command, existing);
    errors.throwIfAny();

    if (spec.type() != existing.type()) {
      long held = countValues(existing);
      if (held > 0) {
        throw new ConflictException(
            "custom field '"
                + existing.name()
                + "' holds "
                + values(held)
                + "; its type cannot change");
      }
    } else if (spec.type() == CustomFieldType.CHOICE) {
      refuseDroppingOptionsInUse(existing, spec.options());
    }

    fields.update(id, spec.row(existing.kind(), existing.key(), name));
    fields.replaceOptions(id, spec.options());
    if (existing.kind() == CustomFieldKind.DOMAIN) {
      fields.replaceGroupsOfField(id, spec.allGroups() ? Set.of() : spec.groupIds());
    }
    return get(id);
  }

  /**
   * Deletes a field that holds no values.
   *
   * @param id the field's id
   * @return the field as it was
   * @throws NotFoundException when the field does not exist
   * @throws ConflictException when values are stored for it, with their count
   */
  @Transactional
  public CustomFieldDefinition delete(long id) {
    CustomFieldDefinition existing = get(id);
    long held = countValues(existing);
    if (held > 0) {
      throw new ConflictException(
          "custom field '"
              + existing.name()
              + "' holds "
              + values(held)
              + "; it cannot be deleted");
    }
    try {
      fields.delete(id);
    } catch (DataIntegrityViolationException valueStoredMeanwhile) {
      throw new ConflictException(
          "custom field '" + existing.name() + "' holds values; it cannot be deleted");
    }
    return existing;
  }

  // ---------------------------------------------------------------- checking values

  /**
   * Checks a customer's values against every customer field.
   *
   * @param values the values keyed by the fields' stable keys; null or blank values mean "not
   *     answered"; null map means none
   * @param keyPrefix put before each key in errors, e.g. {@code customFields.}
   * @param errors where problems are recorded, keyed {@code <prefix><key>}
   * @return the values that are fine, canonical
   */
  @Transactional(readOnly = true)
  public CheckedFieldValues checkCustomerValues(
      Map<String, String> values, String keyPrefix, FieldErrors errors) {
    List<CustomFieldDefinition> all = fields.findAll(CustomFieldKind.CUSTOMER);
    return check(all, values, keyPrefix, errors, key -> "is not a customer field");
  }

  /**
   * Checks a domain's values against the domain fields that apply to its product group.
   *
   * @param productGroupId the product group of the domain's TLD product
   * @param values the values keyed by the fields' stable keys; null or blank values mean "not
   *     answered"; null map means none
   * @param keyPrefix put before each key in errors, e.g. {@code domainFields.}
   * @param errors where problems are recorded, keyed {@code <prefix><key>}
   * @return the values that are fine, canonical
   * @throws NotFoundException when the product group does not exist
   */
  @Transactional(readOnly = true)
  public CheckedFieldValues checkDomainValues(
      long productGroupId, Map<String, String> values, String keyPrefix, FieldErrors errors) {
    ProductGroup group = requireGroup(productGroupId);
    List<CustomFieldDefinition> all = fields.findAll(CustomFieldKind.DOMAIN);
    Set<String> domainKeys =
        all.stream().map(CustomFieldDefinition::key).collect(Collectors.toSet());
    return check(
        all.stream().filter(f -> f.appliesTo(productGroupId)).toList(),
        values,
        keyPrefix,
        errors,
        key ->
            domainKeys.contains(key)
                ? "does not apply to product group '" + group.name() + "'"
                : "is not a domain field");
  }

  /**
   * Like {@link #checkCustomerValues}, throwing when anything is wrong; errors are keyed {@code
   * customFields.<key>}.
   *
   * @param values the values keyed by stable key
   * @return the values, canonical
   * @throws org.regdesk.app.ValidationException naming each bad field
   */
  @Transactional(readOnly = true)
  public CheckedFieldValues validateCustomerValues(Map<String, String> values) {
    FieldErrors errors = new FieldErrors();
    CheckedFieldValues checked = checkCustomerValues(values, "customFields.", errors);
    errors.throwIfAny();
    return checked;
  }

  /**
   * Like {@link #checkDomainValues}, throwing when anything is wrong; errors are keyed {@code
   * domainFields.<key>}.
   *
   * @param productGroupId the product group
   * @param values the values keyed by stable key
   * @return the values, canonical
   * @throws org.regdesk.app.ValidationException naming each bad field
   * @throws NotFoundException when the product group does not exist
   */
  @Transactional(readOnly = true)
  public CheckedFieldValues validateDomainValues(long productGroupId, Map<String, String> values) {
    FieldErrors errors = new FieldErrors();
    CheckedFieldValues checked = checkDomainValues(productGroupId, values, "domainFields.", errors);
    errors.throwIfAny();
    return checked;
  }

  private CheckedFieldValues check(
      List<CustomFieldDefinition> applying,
      Map<String, String> values,
      String keyPrefix,
      FieldErrors errors,
      Function<String, String> unknownKey) {
    Map<String, String> given = values == null ? Map.of() : values;
    String prefix = keyPrefix == null ? "" : keyPrefix;
    Set<String> applyingKeys =
        applying.stream().map(CustomFieldDefinition::key).collect(Collectors.toSet());
    for (String key : given.keySet()) {
      if (key == null || !applyingKeys.contains(key)) {
        errors.add(prefix + shown(key), unknownKey.apply(key));
      }
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
    List<CheckedFieldValues.FieldValue> checked = new ArrayList<>();
    for (CustomFieldDefinition field : applying) {
      String value = given.get(field.key());
      if (value == null || value.isBlank()) {
        errors.check(prefix + field.key(), !field.required(), "is required");
        continue;
      }
      CustomFieldValueRules.Outcome outcome = CustomFieldValueRules.read(field, value, today);
      if (outcome.problem() != null) {
        errors.add(prefix + field.key(), outcome.problem());
      } else if (field.type() == CustomFieldType.SECRET) {
        if (secrets == null) {
          errors.add(prefix + field.key(), "secret values cannot be stored here");
        } else {
          // stores keep the sealed text only; reveal() opens it for a registrar call
          checked.add(new CheckedFieldValues.FieldValue(field, secrets.seal(outcome.canonical())));
        }
      } else {
        checked.add(new CheckedFieldValues.FieldValue(field, outcome.canonical()));
      }
    }
    return new CheckedFieldValues(checked);
  }

  /**
   * A stored value as a registrar plugin needs it: a secret field's sealed value opened, any other
   * value as stored. Never show the result: {@link CustomFieldDefinition#display} masks secrets.
   *
   * @param field the field
   * @param stored the value as stored (what {@link CheckedFieldValues} held)
   * @return the plain value
   * @throws IllegalStateException when the service has no secret box
   * @throws org.regdesk.app.security.SecretBoxException when a secret cannot be opened
   */
  public String reveal(CustomFieldDefinition field, String stored) {
    if (field.type() != CustomFieldType.SECRET || stored == null) {
      return stored;
    }
    if (secrets == null) {
      throw new IllegalStateException("no secret box to open secret field values with");
    }
    return secrets.open(stored);
  }

  private static String shown(String key) {
    if (key == null || key.isBlank()) {
      return "(blank)";
    }
    return key.length() > MAX_KEY_SHOWN ? key.substring(0, MAX_KEY_SHOWN) + "…" : key;
  }

  // ---------------------------------------------------------------- rules of definitions

  /** The checked parts of a command other than key and name. */
  private record Spec(
      CustomFieldType type,
      boolean required,
      List<ChoiceOption> options,
      boolean allGroups,
      Set<Long> groupIds,
      boolean inSignup,
      CustomerField linked) {

    CustomFieldRepository.FieldRow row(CustomFieldKind kind, String key, String name) {
      return new CustomFieldRepository.FieldRow(
          kind, key, name, type, required, allGroups, inSignup, linked);
    }
  }

  private String checkName(FieldErrors errors, CustomFieldKind kind, String raw, Long exceptId) {
    if (raw == null || raw.isBlank()) {
      errors.add("name", "is required");
      return null;
    }
    String name = raw.strip();
    if (name.length() > MAX_NAME_LENGTH) {
      errors.add("name", "must be at most " + MAX_NAME_LENGTH + " characters");
      return null;
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      errors.add("name", "must be a single line without control characters");
      return null;
    }
    fields
        .findByName(kind, name)
        .filter(other -> exceptId == null || other.id() != exceptId)
        .ifPresent(
            other ->
                errors.add("name", "a " + kind.label() + " named '" + other.name() + "' exists"));
    return name;
  }

  private String checkNewKey(FieldErrors errors, CustomFieldKind kind, String raw, String name) {
    String key;
    if (raw == null || raw.isBlank()) {
      if (name == null) {
        return null; // the name's own error says what to fix
      }
      key = CustomFieldKeys.fromName(name);
      if (key.isEmpty()) {
        errors.add("key", "cannot be made from this name; give a key");
        return null;
      }
    } else {
      key = raw.strip();
      if (!CustomFieldKeys.valid(key)) {
        errors.add("key", CustomFieldKeys.RULE);
        return null;
      }
    }
    String chosen = key;
    fields
        .findByKey(kind, key)
        .ifPresent(
            other ->
                errors.add(
                    "key",
                    "'"
                        + chosen
                        + "' is already the key of the "
                        + kind.label()
                        + " '"
                        + other.name()
                        + "'"));
    return key;
  }

  private Spec checkSpec(
      FieldErrors errors,
      CustomFieldKind kind,
      CustomFieldCommand command,
      CustomFieldDefinition existing) {
    CustomFieldType type = null;
    if (command.type() == null || command.type().isBlank()) {
      errors.add("type", "is required");
    } else {
      type = CustomFieldType.parse(command.type()).orElse(null);
      errors.check("type", type != null, "must be one of " + CustomFieldType.names());
    }
    List<ChoiceOption> options = checkOptions(errors, type, command.options());
    boolean required = Boolean.TRUE.equals(command.required());
    List<Long> groupIds = command.groupIds() == null ? List.of() : command.groupIds();

    if (kind == CustomFieldKind.DOMAIN) {
      errors.check(
          "inSignup", !Boolean.TRUE.equals(command.inSignup()), "applies only to customer fields");
      errors.check(
          "linkedCustomerField",
          command.linkedCustomerField() == null || command.linkedCustomerField().isBlank(),
          "only a customer field can be linked");
      boolean allGroups = command.allGroups() == null || command.allGroups();
      Set<Long> chosen = new LinkedHashSet<>();
      if (allGroups) {
        errors.check(
            "groupIds",
            groupIds.isEmpty(),
            "leave empty when the field applies to all product groups");
      } else {
        for (Long groupId : groupIds) {
          if (groupId == null || groups.find(groupId).isEmpty()) {
            errors.add("groupIds", "product group " + groupId + " does not exist");
          } else {
            chosen.add(groupId);
          }
        }
      }
      return new Spec(type, required, options, allGroups, chosen, false, null);
    }

    errors.check(
        "type",
        type != CustomFieldType.SECRET,
        "SECRET is for domain fields only (registry passwords); customer fields cannot be secret");
    errors.check(
        "allGroups", !Boolean.TRUE.equals(command.allGroups()), "applies only to domain fields");
    errors.check("groupIds", groupIds.isEmpty(), "applies only to domain fields");
    CustomerField linked = checkLink(errors, type, command.linkedCustomerField(), existing);
    return new Spec(
        type, required, options, false, Set.of(), Boolean.TRUE.equals(command.inSignup()), linked);
  }

  private CustomerField checkLink(
      FieldErrors errors, CustomFieldType type, String raw, CustomFieldDefinition existing) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    Optional<CustomerField> parsed = CustomerField.ofKey(raw.strip());
    if (parsed.isEmpty()) {
      errors.add(
          "linkedCustomerField",
          "must be one of "
              + Arrays.stream(CustomerField.values())
                  .map(CustomerField::key)
                  .collect(Collectors.joining(", ")));
      return null;
    }
    CustomerField linked = parsed.get();
    CustomFieldType needed =
        linked == CustomerField.DATE_OF_BIRTH ? CustomFieldType.DATE : CustomFieldType.TEXT;
    if (type != null && type != needed) {
      errors.add(
          "linkedCustomerField", "'" + linked.key() + "' needs a field of type " + needed.name());
    }
    fields
        .findLinkedTo(linked)
        .filter(other -> existing == null || other.id() != existing.id())
        .ifPresent(
            other ->
                errors.add(
                    "linkedCustomerField",
                    "'"
                        + linked.key()
                        + "' is already linked to the customer field '"
                        + other.name()
                        + "'"));
    return linked;
  }

  private static List<ChoiceOption> checkOptions(
      FieldErrors errors, CustomFieldType type, List<CustomFieldCommand.Option> raw) {
    List<CustomFieldCommand.Option> given = raw == null ? List.of() : raw;
    if (type != CustomFieldType.CHOICE) {
      errors.check("options", type == null || given.isEmpty(), "only a choice field has options");
      return List.of();
    }
    if (given.isEmpty()) {
      errors.add("options", "a choice field needs at least one option");
      return List.of();
    }
    List<ChoiceOption> options = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean ok = true;
    for (int i = 0; i < given.size(); i++) {
      CustomFieldCommand.Option option = given.get(i);
      String which = "option " + (i + 1);
      String value = option == null || option.value() == null ? "" : option.value().strip();
      String label =
          option == null || option.label() == null || option.label().isBlank()
              ? value
              : option.label().strip();
      if (value.isEmpty()) {
        errors.add("options", which + " has no value");
        ok = false;
      } else if (value.length() > MAX_OPTION_LENGTH || label.length() > MAX_OPTION_LENGTH) {
        errors.add(
            "options",
            which + ": value and label must be at most " + MAX_OPTION_LENGTH + " characters");
        ok = false;
      } else if ((value + label).chars().anyMatch(Character::isISOControl)) {
        errors.add("options", which + " must be a single line");
        ok = false;
      } else if (!seen.add(value)) {
        errors.add("options", "the value '" + value + "' appears twice");
        ok = false;
      } else {
        options.add(new ChoiceOption(value, label));
      }
    }
    return ok ? options : List.of();
  }

  private void refuseDroppingOptionsInUse(
      CustomFieldDefinition existing, List<ChoiceOption> options) {
    Set<String> kept = options.stream().map(ChoiceOption::value).collect(Collectors.toSet());
    List<String> inUse = new ArrayList<>();
    for (ChoiceOption option : existing.options()) {
      if (!kept.contains(option.value())) {
        long held = countValuesEqualTo(existing, option.value());
        if (held > 0) {
          inUse.add("'" + option.value() + "' (" + values(held) + ")");
        }
      }
    }
    if (!inUse.isEmpty()) {
      throw new ConflictException(
          "options: custom field '"
              + existing.name()
              + "' still holds values of the option"
              + (inUse.size() == 1 ? " " : "s ")
              + String.join(", ", inUse)
              + "; change those values before removing "
              + (inUse.size() == 1 ? "it" : "them"));
    }
  }

  private long countValues(CustomFieldDefinition field) {
    return stores.stream()
        .filter(s -> s.kind() == field.kind())
        .mapToLong(s -> s.countValues(field.id()))
        .sum();
  }

  private long countValuesEqualTo(CustomFieldDefinition field, String value) {
    return stores.stream()
        .filter(s -> s.kind() == field.kind())
        .mapToLong(s -> s.countValuesEqualTo(field.id(), value))
        .sum();
  }

  private static String values(long count) {
    return count == 1 ? "1 value" : count + " values";
  }

  private ProductGroup requireGroup(long id) {
    return groups
        .find(id)
        .orElseThrow(() -> new NotFoundException("product group " + id + " does not exist"));
  }
}
