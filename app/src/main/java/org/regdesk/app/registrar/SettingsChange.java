package org.regdesk.app.registrar;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * New settings for a plugin, as entered on the settings screen or sent to the API, by stable
 * setting key.
 *
 * <p>A setting that is not a secret takes the value given; missing or blank means "not set" (its
 * default applies). A secret keeps its stored value when the value given is missing or blank
 * ("leave blank to keep"), takes the value given otherwise, and is removed when its key is in
 * {@code clearedSecrets}. Read-only texts are not stored and ignore any value.
 *
 * @param values values by setting key
 * @param clearedSecrets keys of secrets whose stored value is to be removed
 */
public record SettingsChange(Map<String, String> values, Set<String> clearedSecrets) {

  /**
   * Copies both parts; {@code values} may hold nulls (not set).
   *
   * @param values values by setting key
   * @param clearedSecrets keys of secrets whose stored value is to be removed
   */
  public SettingsChange {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values)));
    clearedSecrets = Set.copyOf(Objects.requireNonNull(clearedSecrets));
  }

  /**
   * New values, removing no secret.
   *
   * @param values values by setting key
   * @return the change
   */
  public static SettingsChange of(Map<String, String> values) {
    return new SettingsChange(values, Set.of());
  }

  /** Names the keys only: any value may be a secret. */
  @Override
  public String toString() {
    return "SettingsChange[keys=" + values.keySet() + ", clearedSecrets=" + clearedSecrets + "]";
  }
}
