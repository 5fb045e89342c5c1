package org.regdesk.app.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable keys of custom fields: the same shape as the keys registrar plugins give their TLD fields
 * ({@code aeroId}, {@code intendedUse}), so a plugin's field and the desk's field can share one.
 */
final class CustomFieldKeys {

  /** A letter, then letters, digits, {@code .}, {@code _} or {@code -}; at most 64 characters. */
  static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9._-]{0,63}");

  /** The rule, for messages. */
  static final String RULE =
      "must start with a letter and hold only letters, digits, '.', '_' or '-' (at most 64"
          + " characters)";

  private static final int MAX_LENGTH = 64;

  private CustomFieldKeys() {}

  /**
   * Whether a key has the right shape.
   *
   * @param key the key
   * @return true when valid
   */
  static boolean valid(String key) {
    return key != null && KEY.matcher(key).matches();
  }

  /**
   * A key made from a display name in lower camel case, accents dropped: {@code Date of Birth} →
   * {@code dateOfBirth}, {@code VAT Number} → {@code vatNumber}.
   *
   * @param name the display name
   * @return the key, or an empty string when the name has no ASCII letter or digit
   */
  static String fromName(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    StringBuilder key = new StringBuilder();
    for (String word : ascii.split("[^A-Za-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if (key.isEmpty()) {
        key.append(lower);
      } else {
        key.append(Character.toUpperCase(lower.charAt(0))).append(lower, 1, lower.length());
      }
    }
    String derived = key.toString();
    if (!derived.isEmpty() && !Character.isLetter(derived.charAt(0))) {
      // a key starts with a letter: "2nd line" becomes "field2ndLine"
      derived = "field" + derived;
    }
    return derived.length() > MAX_LENGTH ? derived.substring(0, MAX_LENGTH) : derived;
  }
}
