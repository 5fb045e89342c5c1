package org.regdesk.registrar.spi.descriptor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.InvalidValueException;

/**
 * The checks shared by settings, TLD fields and action inputs. Messages never contain the value,
 * which may be a secret.
 */
final class InputCheck {

  /** The longest free-text value accepted. */
  static final int MAX_TEXT_LENGTH = 2000;

  private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9._-]{0,63}");

  /** How a value is written. */
  enum Shape {
    TEXT,
    DATE,
    YES_NO,
    CHOICE
  }

  private InputCheck() {}

  /**
   * Checks that a definition key is stable-looking: a letter, then letters, digits, {@code ._-}.
   */
  static String key(String field, String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new InvalidValueException(
          field,
          "must start with a letter and hold only letters, digits, '.', '_' or '-'"
              + " (at most 64 characters)");
    }
    return key;
  }

  /** The problem with a value, if any. */
  static Optional<FieldError> check(
      String key,
      Shape shape,
      boolean required,
      List<ChoiceOption> options,
      Optional<ValueRule> rule,
      String value) {
    if (value == null || value.isBlank()) {
      return required ? Optional.of(new FieldError(key, "is required")) : Optional.empty();
    }
    String trimmed = value.strip();
    Optional<String> problem = shapeProblem(shape, options, trimmed);
    if (problem.isEmpty() && rule.isPresent() && !rule.get().accepts(trimmed)) {
      problem = Optional.of("must " + rule.get().description());
    }
    return problem.map(message -> new FieldError(key, message));
  }

  private static Optional<String> shapeProblem(
      Shape shape, List<ChoiceOption> options, String value) {
    switch (shape) {
      case DATE:
        try {
          LocalDate.parse(value);
          return Optional.empty();
        } catch (DateTimeParseException e) {
          return Optional.of("must be a date written YYYY-MM-DD");
        }
      case YES_NO:
        return value.equals("true") || value.equals("false")
            ? Optional.empty()
            : Optional.of("must be true or false");
      case CHOICE:
        return options.stream().anyMatch(option -> option.value().equals(value))
            ? Optional.empty()
            : Optional.of(
                "must be one of: "
                    + options.stream().map(ChoiceOption::value).collect(Collectors.joining(", ")));
      case TEXT:
      default:
        if (value.length() > MAX_TEXT_LENGTH) {
          return Optional.of("must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        // Line breaks and tabs are fine in free text; other control characters are not.
        boolean control =
            value
                .chars()
                .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
        return control ? Optional.of("must not contain control characters") : Optional.empty();
    }
  }

  /** Checks the options a definition declares against its shape. */
  static List<ChoiceOption> options(String field, Shape shape, List<ChoiceOption> options) {
    List<ChoiceOption> copy = Require.listOf(field, options);
    if (shape == Shape.CHOICE) {
      if (copy.isEmpty()) {
        throw new InvalidValueException(field, "a choice needs at least one option");
      }
      if (copy.stream().map(ChoiceOption::value).distinct().count() != copy.size()) {
        throw new InvalidValueException(field, "option values must be distinct");
      }
    } else if (!copy.isEmpty()) {
      throw new InvalidValueException(field, "only a choice has options");
    }
    return copy;
  }
}
