package org.regdesk.dondominio.sandbox.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The form fields of one API call, decoded from an urlencoded or multipart body (§1.4–§1.5 of the
 * API document). Lookups by name are case-sensitive, as on the real service.
 *
 * <p>Empty values count as absent for every optional parameter (official plugins send {@code
 * frTradeMark=""}, empty list filters and so on). The one exception is a boolean that is required:
 * the official PHP SDK sends {@code false} as the empty string, so {@link #requiredFlag} reads
 * {@code ""} as false.
 */
public final class Params {
  private final Map<String, String> values;

  private Params(Map<String, String> values) {
    this.values = values;
  }

  /** Wraps decoded fields; a later duplicate name replaces an earlier one, as in PHP. */
  public static Params of(Map<String, String> fields) {
    return new Params(Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
  }

  /** All names that were sent, including those with empty values. */
  public Set<String> names() {
    return values.keySet();
  }

  /** Whether the parameter was sent with a non-empty value. */
  public boolean has(String name) {
    return text(name).isPresent();
  }

  /** The value, trimmed; absent when not sent or empty. */
  public Optional<String> text(String name) {
    String value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
  }

  /** The value, trimmed; 101 naming the parameter when not sent or empty. */
  public String required(String name) {
    return text(name).orElseThrow(() -> ApiError.missing(name));
  }

  /**
   * A required boolean: {@code 1, true, on, yes} are true; {@code "", 0, false, off, no} are false
   * (case-insensitive); anything else is 105; not sent at all is 101.
   */
  public boolean requiredFlag(String name) {
    String value = values.get(name);
    if (value == null) {
      throw ApiError.missing(name);
    }
    return parseFlag(name, value);
  }

  /** An optional boolean; not sent or empty is absent, otherwise as {@link #requiredFlag}. */
  public Optional<Boolean> optionalFlag(String name) {
    return text(name).map(v -> parseFlag(name, v));
  }

  /** An optional boolean with a default for absent or empty. */
  public boolean flag(String name, boolean absent) {
    return optionalFlag(name).orElse(absent);
  }

  /** An optional decimal integer; 105 when present but not an integer. */
  public Optional<Integer> integer(String name) {
    return text(name).map(v -> parseInt(name, v));
  }

  /** A required decimal integer. */
  public int requiredInteger(String name) {
    return parseInt(name, required(name));
  }

  /** A comma-separated list, items trimmed, empty items dropped; empty when not sent. */
  public List<String> list(String name) {
    List<String> items = new ArrayList<>();
    text(name)
        .ifPresent(
            v -> {
              for (String item : v.split(",", -1)) {
                String trimmed = item.strip();
                if (!trimmed.isEmpty()) {
                  items.add(trimmed);
                }
              }
            });
    return List.copyOf(items);
  }

  private static boolean parseFlag(String name, String value) {
    switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "1":
      case "true":
      case "on":
      case "yes":
        return true;
      case "":
      case "0":
      case "false":
      case "off":
      case "no":
        return false;
      default:
        throw ApiError.invalid(name, "expected a boolean (1/0, true/false)");
    }
  }

  private static int parseInt(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw ApiError.invalid(name, "expected an integer");
    }
  }

  /** Names only: values may hold passwords and auth codes. */
  @Override
  public String toString() {
    return "Params" + values.keySet();
  }
}
