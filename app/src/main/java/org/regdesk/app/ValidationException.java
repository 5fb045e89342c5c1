package org.regdesk.app;

import java.util.List;
import java.util.stream.Collectors;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.InvalidValueException;

/**
 * Input broke a rule; nothing was changed. Carries one {@link FieldError} per broken rule, keyed by
 * the field's stable name ({@code tld}, {@code prices.register}, {@code owner.phone}), so forms
 * show each message next to its field and the API lists them under {@code fields}.
 *
 * <p>Build it with {@link FieldErrors}; the SPI's {@link InvalidValueException} converts with
 * {@link #of(InvalidValueException)}.
 */
public final class ValidationException extends DeskException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  /**
   * Creates the exception.
   *
   * @param errors at least one field error
   */
  public ValidationException(List<FieldError> errors) {
    super(render(errors));
    this.errors = List.copyOf(errors);
  }

  /**
   * One broken rule.
   *
   * @param field the field's stable key
   * @param message the rule it broke
   * @return the exception
   */
  public static ValidationException of(String field, String message) {
    return new ValidationException(List.of(new FieldError(field, message)));
  }

  /**
   * The same errors a value of the registrar SPI reported while being built.
   *
   * @param invalid the SPI's exception
   * @return the exception
   */
  public static ValidationException of(InvalidValueException invalid) {
    return new ValidationException(invalid.errors());
  }

  private static String render(List<FieldError> errors) {
    if (errors == null || errors.isEmpty()) {
      throw new IllegalArgumentException("errors: at least one field error is required");
    }
    return errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
  }

  /**
   * The broken rules, in the order found.
   *
   * @return the field errors
   */
  public List<FieldError> errors() {
    return errors;
  }
}
