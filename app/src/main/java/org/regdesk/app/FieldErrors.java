package org.regdesk.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.InvalidValueException;

/**
 * Collects every broken rule of one command before anything is written, then throws them together:
 *
 * <pre>{@code
 * var errors = new FieldErrors();
 * errors.require("name", command.name());
 * errors.check("size", command.size() > 0, "must be positive");
 * Tld tld = errors.parse("tld", () -> Tld.of(command.tld()));
 * errors.throwIfAny();
 * }</pre>
 */
public final class FieldErrors {

  private final List<FieldError> errors = new ArrayList<>();

  /**
   * Records an error.
   *
   * @param field the field's stable key
   * @param message the rule it broke
   * @return this
   */
  public FieldErrors add(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  /**
   * Records {@code message} unless {@code rule} holds.
   *
   * @param field the field's stable key
   * @param rule true when the value is fine
   * @param message the rule, e.g. {@code "must be at most 100 characters"}
   * @return this
   */
  public FieldErrors check(String field, boolean rule, String message) {
    if (!rule) {
      add(field, message);
    }
    return this;
  }

  /**
   * Records "is required" for a missing or blank value.
   *
   * @param field the field's stable key
   * @param value the value as given
   * @return this
   */
  public FieldErrors require(String field, String value) {
    return check(field, value != null && !value.isBlank(), "is required");
  }

  /**
   * Builds a value (typically an SPI record validated when built) and records its errors under
   * {@code field} instead of throwing them.
   *
   * @param field the key to report errors under (replaces the value's own key)
   * @param build builds the value
   * @param <T> the value type
   * @return the value, or null when it broke a rule
   */
  public <T> T parse(String field, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException invalid) {
      invalid.errors().forEach(e -> add(field, e.message()));
      return null;
    }
  }

  /**
   * Whether any rule was broken.
   *
   * @return true when at least one error was recorded
   */
  public boolean any() {
    return !errors.isEmpty();
  }

  /**
   * Throws every recorded error at once.
   *
   * @throws ValidationException when any rule was broken
   */
  public void throwIfAny() {
    if (any()) {
      throw new ValidationException(errors);
    }
  }
}
