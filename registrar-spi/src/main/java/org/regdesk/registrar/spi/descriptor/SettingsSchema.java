package org.regdesk.registrar.spi.descriptor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.InvalidValueException;

/**
 * A plugin's settings, in the order the form shows them. The host validates what the admin enters
 * with {@link #validate} and hands the plugin {@link #bind bound} settings.
 *
 * @param definitions the settings, keys distinct
 */
public record SettingsSchema(List<SettingDefinition> definitions) {

  /** A schema without settings. */
  public static final SettingsSchema EMPTY = new SettingsSchema(List.of());

  /**
   * Copies the list and checks that keys are distinct.
   *
   * @param definitions the settings, keys distinct
   */
  public SettingsSchema {
    definitions = Require.listOf("settings", definitions);
    Set<String> keys = new HashSet<>();
    for (SettingDefinition definition : definitions) {
      if (!keys.add(definition.key())) {
        throw new InvalidValueException(
            "settings", "the key '" + definition.key() + "' is declared twice");
      }
    }
  }

  /**
   * A schema from definitions.
   *
   * @param definitions the settings in form order
   * @return the schema
   */
  public static SettingsSchema of(SettingDefinition... definitions) {
    return new SettingsSchema(List.of(definitions));
  }

  /**
   * The definition with this key.
   *
   * @param key the stable key
   * @return the definition, or empty if there is none
   */
  public Optional<SettingDefinition> definition(String key) {
    return definitions.stream().filter(d -> d.key().equals(key)).findFirst();
  }

  /**
   * Checks stored or entered values: every setting against its definition. Values under keys the
   * schema does not declare (e.g. left from an older plugin version) are ignored.
   *
   * @param values values by setting key; missing keys mean "not set"
   * @return every problem, keyed by setting key; empty if all values are fine
   */
  public List<FieldError> validate(Map<String, String> values) {
    Require.present("values", values);
    List<FieldError> errors = new ArrayList<>();
    for (SettingDefinition definition : definitions) {
      definition.check(values.get(definition.key())).ifPresent(errors::add);
    }
    return errors;
  }

  /**
   * Validates values and binds them for a plugin: blank values become the default, read-only texts
   * always take their text, values under undeclared keys are dropped.
   *
   * @param values values by setting key, secrets decrypted
   * @return the settings
   * @throws InvalidValueException listing every problem
   */
  public RegistrarSettings bind(Map<String, String> values) {
    List<FieldError> errors = validate(values);
    if (!errors.isEmpty()) {
      throw new InvalidValueException(errors);
    }
    Map<String, String> bound = new LinkedHashMap<>();
    for (SettingDefinition definition : definitions) {
      String value = values.get(definition.key());
      if (definition.type() == SettingType.READ_ONLY_TEXT || value == null || value.isBlank()) {
        definition.defaultValue().ifPresent(d -> bound.put(definition.key(), d));
      } else {
        bound.put(definition.key(), value.strip());
      }
    }
    return new RegistrarSettings(this, bound);
  }
}
