package org.regdesk.registrar.spi.value;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A value could not be built because its input broke a rule; lists every broken rule with the field
 * it concerns.
 *
 * <p>Thrown by the constructors and factories of the SPI's value types, and by settings and TLD
 * field validation. It is unchecked because it signals bad input caught before any registrar call:
 * the host catches it around form binding and shows {@link #errors()} next to the fields. A plugin
 * that finds such a problem inside an operation reports it as {@link
 * org.regdesk.registrar.spi.error.InvalidInputException} instead.
 */
public final class InvalidValueException extends IllegalArgumentException {

  /** The broken rules, in the order they were found. */
  private final List<FieldError> errors;

  /**
   * One broken rule.
   *
   * @param field the stable key of the field
   * @param message the rule that was broken
   */
  public InvalidValueException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  /**
   * Several broken rules, reported together so a form can mark every field at once.
   *
   * @param errors at least one error
   */
  public InvalidValueException(List<FieldError> errors) {
    super(render(errors));
    this.errors = List.copyOf(errors);
  }

  private static String render(List<FieldError> errors) {
    if (errors == null || errors.isEmpty()) {
      throw new IllegalArgumentException("errors: at least one field error is required");
    }
    return errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
  }

  /**
   * The broken rules, in the order they were found.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<FieldError> errors() {
    return errors;
  }

  /**
   * The same errors with every field key placed under {@code parent} (see {@link
   * FieldError#under}), for values nested in a bigger form, e.g. a contact under {@code owner}.
   *
   * @param parent the parent key
   * @return a new exception with re-keyed errors
   */
  public InvalidValueException under(String parent) {
    return new InvalidValueException(errors.stream().map(e -> e.under(parent)).toList());
  }
}
