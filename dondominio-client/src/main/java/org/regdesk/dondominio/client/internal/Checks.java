package org.regdesk.dondominio.client.internal;

import java.util.Optional;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;

/** Small validation helpers shared by the value types and requests. */
public final class Checks {
  private Checks() {}

  /** Returns the value, or fails naming the field when it is {@code null}. */
  public static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidRequestValueException(field, "is required");
    }
    return value;
  }

  /** Returns the optional, or fails naming the field when the optional itself is {@code null}. */
  public static <T> Optional<T> optional(Optional<T> value, String field) {
    if (value == null) {
      throw new InvalidRequestValueException(field, "must be an Optional, not null");
    }
    return value;
  }

  /**
   * Checks a free-text request value: present, not blank, and free of control characters (which
   * would corrupt the form body or the registry's records).
   */
  public static String text(String value, String field) {
    required(value, field);
    if (value.isBlank()) {
      throw new InvalidRequestValueException(field, "must not be blank");
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidRequestValueException(field, "must not contain control characters");
    }
    return value;
  }

  /** Like {@link #text} but allows line breaks, which the API uses between address lines. */
  public static String multilineText(String value, String field) {
    required(value, field);
    if (value.isBlank()) {
      throw new InvalidRequestValueException(field, "must not be blank");
    }
    if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\r' && c != '\n')) {
      throw new InvalidRequestValueException(
          field, "must not contain control characters other than line breaks");
    }
    return value;
  }

  /** Checks that a page number or page length is at least one. */
  public static int positive(int value, String field) {
    if (value < 1) {
      throw new InvalidRequestValueException(field, "must be at least 1");
    }
    return value;
  }

  /**
   * Checks a TLD filter such as {@code com} or {@code com.es}: letters, digits, hyphens and inner
   * dots, no leading dot; returned in lower case.
   */
  public static String tld(String value, String field) {
    required(value, field);
    String lower = value.toLowerCase(java.util.Locale.ROOT);
    boolean ok =
        !lower.isEmpty()
            && lower.length() <= 63
            && !lower.startsWith(".")
            && !lower.endsWith(".")
            && !lower.contains("..")
            && lower
                .chars()
                .allMatch(
                    c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.');
    if (!ok) {
      throw new InvalidRequestValueException(
          field, "must be a TLD without leading dot, like com or com.es");
    }
    return lower;
  }
}
