package org.regdesk.registrar.spi.descriptor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A plugin's setting values, validated against its {@link SettingsSchema} (see {@link
 * SettingsSchema#bind}), with defaults applied and secrets already decrypted by the host. {@link
 * #toString()} masks secrets.
 */
public final class RegistrarSettings {

  private final SettingsSchema schema;
  private final Map<String, String> values;

  RegistrarSettings(SettingsSchema schema, Map<String, String> values) {
    this.schema = schema;
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * The schema these values were checked against.
   *
   * @return the schema
   */
  public SettingsSchema schema() {
    return schema;
  }

  /**
   * The value of a setting.
   *
   * @param key a key the schema declares
   * @return the value, or empty if it is not set and has no default
   * @throws IllegalArgumentException if the schema does not declare the key (a plugin bug)
   */
  public Optional<String> value(String key) {
    definition(key);
    return Optional.ofNullable(values.get(key));
  }

  /**
   * The value of a setting that must be set (declared required, or with a default).
   *
   * @param key a key the schema declares
   * @return the value
   * @throws IllegalArgumentException if the key is undeclared or has no value (a plugin bug: the
   *     schema should declare it required)
   */
  public String require(String key) {
    return value(key)
        .orElseThrow(() -> new IllegalArgumentException("setting '" + key + "' has no value"));
  }

  /**
   * The value of a yes/no setting; unset counts as no.
   *
   * @param key a key of a {@link SettingType#YES_NO} setting
   * @return true for yes
   * @throws IllegalArgumentException if the key is undeclared or not a yes/no setting
   */
  public boolean yesNo(String key) {
    if (definition(key).type() != SettingType.YES_NO) {
      throw new IllegalArgumentException("setting '" + key + "' is not a yes/no setting");
    }
    return "true".equals(values.get(key));
  }

  /**
   * The values of every secret setting that is set, so that they can be scrubbed from anything
   * logged.
   *
   * @return the secret values
   */
  public Set<String> secretValues() {
    return schema.definitions().stream()
        .filter(SettingDefinition::isSecret)
        .map(d -> values.get(d.key()))
        .filter(v -> v != null && !v.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  private SettingDefinition definition(String key) {
    return schema
        .definition(key)
        .orElseThrow(() -> new IllegalArgumentException("no setting '" + key + "' is declared"));
  }

  /** Returns the values with secrets masked. */
  @Override
  public String toString() {
    return values.entrySet().stream()
        .map(e -> e.getKey() + "=" + (definition(e.getKey()).isSecret() ? "****" : e.getValue()))
        .collect(Collectors.joining(", ", "RegistrarSettings[", "]"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RegistrarSettings that
        && schema.equals(that.schema)
        && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }
}
