package org.regdesk.app.registrar;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.regdesk.app.security.SecretBox;
import org.regdesk.app.security.SecretBoxException;

/**
 * A plugin's configuration as stored: secret values still sealed.
 *
 * @param plugin the plugin's stable name
 * @param revision raised by every save
 * @param updatedAt when it was last saved
 * @param updatedBy who saved it
 * @param values the stored values by setting key
 */
record StoredConfiguration(
    String plugin,
    long revision,
    Instant updatedAt,
    String updatedBy,
    Map<String, StoredValue> values) {

  /** Copies the values, keeping their order. */
  StoredConfiguration {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * The values in plain text, secrets decrypted.
   *
   * @param box the desk's secret box
   * @param unreadable collects the keys of secrets that cannot be decrypted (left out of the
   *     result), e.g. after the desk's secret key was replaced
   * @return the values by setting key
   */
  Map<String, String> open(SecretBox box, Set<String> unreadable) {
    Map<String, String> plain = new LinkedHashMap<>();
    for (StoredValue value : values.values()) {
      if (!value.encrypted()) {
        plain.put(value.key(), value.text());
        continue;
      }
      try {
        plain.put(value.key(), box.open(value.text()));
      } catch (SecretBoxException cannotOpen) {
        unreadable.add(value.key());
      }
    }
    return plain;
  }

  /**
   * One stored value.
   *
   * @param key the setting key
   * @param text the value, or for a secret the sealed value
   * @param encrypted whether {@code text} is sealed
   */
  record StoredValue(String key, String text, boolean encrypted) {

    /** Never prints the text: sealed or not, it may be a secret's. */
    @Override
    public String toString() {
      return "StoredValue[" + key + (encrypted ? ", sealed" : "") + "]";
    }
  }
}
