package org.regdesk.app.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.regdesk.registrar.spi.descriptor.ChoiceOption;
import org.regdesk.registrar.spi.value.CustomerField;

/**
 * Reads one value of a custom field into its canonical text, or says what is wrong with it.
 * Messages name the rule, never the value (it may be personal).
 */
final class CustomFieldValueRules {

  /** The longest text value (the size of the value columns). */
  static final int MAX_TEXT_LENGTH = 2000;

  /** The longest secret; sealed, it still fits the value columns. */
  static final int MAX_SECRET_LENGTH = 256;

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private CustomFieldValueRules() {}

  /**
   * The outcome of reading one value: exactly one of the two is set.
   *
   * @param canonical the value as stored
   * @param problem what is wrong
   */
  record Outcome(String canonical, String problem) {

    static Outcome ok(String canonical) {
      return new Outcome(canonical, null);
    }

    static Outcome problem(String problem) {
      return new Outcome(null, problem);
    }
  }

  /**
   * Reads a value that is not blank.
   *
   * @param field the field
   * @param value the value as given, not blank
   * @param today the desk's date, for dates of birth
   * @return the canonical value or the problem
   */
  static Outcome read(CustomFieldDefinition field, String value, LocalDate today) {
    String text = value.strip();
    return switch (field.type()) {
      case TEXT -> text(text);
      case SECRET -> secret(value);
      case DATE -> date(field, text, today);
      case YES_NO -> yesNo(text);
      case CHOICE -> choice(field, text);
    };
  }

  private static Outcome text(String text) {
    if (text.length() > MAX_TEXT_LENGTH) {
      return Outcome.problem("must be at most " + MAX_TEXT_LENGTH + " characters");
    }
    boolean control =
        text.chars()
            .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    return control ? Outcome.problem("must not contain control characters") : Outcome.ok(text);
  }

  private static Outcome secret(String value) {
    // kept as typed (a password may start or end with a space); sealed by CustomFields
    if (value.length() > MAX_SECRET_LENGTH) {
      return Outcome.problem("must be at most " + MAX_SECRET_LENGTH + " characters");
    }
    return value.chars().anyMatch(Character::isISOControl)
        ? Outcome.problem("must be a single line without control characters")
        : Outcome.ok(value);
  }

  private static Outcome date(CustomFieldDefinition field, String text, LocalDate today) {
    LocalDate date;
    try {
      if (!ISO_DATE.matcher(text).matches()) {
        throw new DateTimeParseException("not yyyy-MM-dd", text, 0);
      }
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return Outcome.problem("must be a date written yyyy-MM-dd, e.g. 1980-05-17");
    }
    if (field.linkedCustomerField().orElse(null) == CustomerField.DATE_OF_BIRTH) {
      if (date.isAfter(today)) {
        return Outcome.problem("must not be in the future");
      }
      if (date.isBefore(EARLIEST_BIRTH)) {
        return Outcome.problem("must not be before 1900-01-01");
      }
    }
    return Outcome.ok(date.toString());
  }

  private static Outcome yesNo(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> Outcome.ok("true");
      case "false", "no" -> Outcome.ok("false");
      default -> Outcome.problem("must be yes or no (true or false)");
    };
  }

  private static Outcome choice(CustomFieldDefinition field, String text) {
    if (field.options().stream().anyMatch(o -> o.value().equals(text))) {
      return Outcome.ok(text);
    }
    return Outcome.problem(
        "must be one of: "
            + field.options().stream().map(ChoiceOption::value).collect(Collectors.joining(", ")));
  }
}
