package org.regdesk.app.registrar;

import java.util.Optional;
import org.regdesk.registrar.spi.descriptor.SettingDefinition;
import org.regdesk.registrar.spi.descriptor.SettingType;

/**
 * One setting of a plugin as stored, for a form or the API. A secret's value is never here: only
 * whether one is stored.
 *
 * @param definition the setting as the plugin declares it
 * @param value the stored value (for read-only text: its text); always empty for secrets
 * @param secret for a secret, whether a value is stored; {@link Secret#NOT_SECRET} otherwise
 */
public record SettingState(SettingDefinition definition, Optional<String> value, Secret secret) {

  /** What is stored of a secret. */
  public enum Secret {
    /** The setting is not a secret. */
    NOT_SECRET,
    /** A value is stored (encrypted). */
    SET,
    /** No value is stored. */
    NOT_SET,
    /** A value is stored but cannot be decrypted with this desk's secret key. */
    UNREADABLE
  }

  /**
   * The stable key.
   *
   * @return the setting's key
   */
  public String key() {
    return definition.key();
  }

  /**
   * The value in force: the stored one, else the default. Always empty for secrets.
   *
   * @return the effective value
   */
  public Optional<String> effectiveValue() {
    if (definition.type() == SettingType.SECRET) {
      return Optional.empty();
    }
    return value.or(definition::defaultValue);
  }

  /** Never holds a secret's value, so the record prints safely. */
  @Override
  public String toString() {
    return "SettingState[" + definition.key() + ", " + secret + "]";
  }
}
