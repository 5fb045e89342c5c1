package org.regdesk.registrar.spi.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdesk.registrar.spi.value.InvalidValueException;

/**
 * Field checks that throw {@link InvalidValueException} naming the field and the rule.
 *
 * <p>Messages never repeat the offending value: a value may be personal data or a secret, and these
 * messages end up in logs and on screens.
 */
public final class Require {

  private Require() {}

  /**
   * Returns {@code value} if it is not null.
   *
   * @param field the field key used in the error
   * @param value the value to check
   * @param <T> the value's type
   * @return {@code value}
   * @throws InvalidValueException if {@code value} is null
   */
  public static <T> T present(String field, T value) {
    if (value == null) {
      throw new InvalidValueException(field, "is required");
    }
    return value;
  }

  /**
   * Returns the trimmed text if it is one line of at most {@code maxLength} characters.
   *
   * @param field the field key used in the error
   * @param value the text to check
   * @param maxLength the longest accepted length after trimming
   * @return the trimmed text
   * @throws InvalidValueException if the text is null, blank, too long or has control characters
   */
  public static String line(String field, String value, int maxLength) {
    present(field, value);
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidValueException(field, "must not be blank");
    }
    return checkLine(field, trimmed, maxLength);
  }

  /**
   * Like {@link #line} for an optional text: an empty or blank text becomes {@link
   * Optional#empty()}.
   *
   * @param field the field key used in the error
   * @param value the optional text (the optional itself must not be null)
   * @param maxLength the longest accepted length after trimming
   * @return the trimmed text, or empty when absent or blank
   */
  public static Optional<String> optionalLine(String field, Optional<String> value, int maxLength) {
    present(field, value);
    if (value.isEmpty() || value.get().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(checkLine(field, value.get().strip(), maxLength));
  }

  private static String checkLine(String field, String trimmed, int maxLength) {
    if (trimmed.length() > maxLength) {
      throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
    }
    if (trimmed.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidValueException(field, "must be a single line without control characters");
    }
    return trimmed;
  }

  /**
   * Returns {@code value} if it lies in {@code [min, max]}.
   *
   * @param field the field key used in the error
   * @param value the number to check
   * @param min the smallest accepted value
   * @param max the largest accepted value
   * @return {@code value}
   */
  public static int between(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidValueException(field, "must be between " + min + " and " + max);
    }
    return value;
  }

  /**
   * Returns an unmodifiable copy of a list that must not be null nor contain nulls.
   *
   * @param field the field key used in the error
   * @param values the list to copy
   * @param <T> the element type
   * @return an unmodifiable copy
   */
  public static <T> List<T> listOf(String field, Collection<? extends T> values) {
    present(field, values);
    List<T> copy = new ArrayList<>(values.size());
    for (T value : values) {
      if (value == null) {
        throw new InvalidValueException(field, "must not contain empty entries");
      }
      copy.add(value);
    }
    return List.copyOf(copy);
  }

  /**
   * Returns an unmodifiable copy of a map without null keys or values.
   *
   * @param field the field key used in the error
   * @param values the map to copy
   * @param <K> the key type
   * @param <V> the value type
   * @return an unmodifiable copy
   */
  public static <K, V> Map<K, V> mapOf(String field, Map<? extends K, ? extends V> values) {
    present(field, values);
    for (Map.Entry<? extends K, ? extends V> entry : values.entrySet()) {
      if (entry.getKey() == null || entry.getValue() == null) {
        throw new InvalidValueException(field, "must not contain empty entries");
      }
    }
    return Map.copyOf(values);
  }
}
