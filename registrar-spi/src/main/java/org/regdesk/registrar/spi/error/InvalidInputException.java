package org.regdesk.registrar.spi.error;

import java.util.List;
import java.util.stream.Collectors;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.InvalidValueException;

/**
 * The input broke a rule the plugin knows (a TLD field missing, an identity number in the wrong
 * format, an IPv6-only glue record where the registrar needs IPv4 …), found before any registrar
 * call: nothing changed. Lists every problem with the field it concerns, so the host can mark the
 * fields; field messages never repeat the values.
 */
public final class InvalidInputException extends RegistrarException {

  /** The problems, each with its field key. */
  private final List<FieldError> errors;

  /**
   * Invalid input.
   *
   * @param errors at least one problem
   */
  public InvalidInputException(List<FieldError> errors) {
    super(render(errors), null, null);
    this.errors = List.copyOf(errors);
  }

  /**
   * One problem.
   *
   * @param field the field key
   * @param message the rule broken
   * @return the exception
   */
  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(List.of(new FieldError(field, message)));
  }

  /**
   * The problems a value type reported.
   *
   * @param cause the value's exception
   * @return the exception, with the same field errors
   */
  public static InvalidInputException of(InvalidValueException cause) {
    return new InvalidInputException(cause.errors());
  }

  private static String render(List<FieldError> errors) {
    if (errors == null || errors.isEmpty()) {
      throw new IllegalArgumentException("errors: at least one field error is required");
    }
    return errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
  }

  /**
   * The problems, each with its field key.
   *
   * @return at least one error
   */
  public List<FieldError> errors() {
    return errors;
  }

  @Override
  public RegistrarErrorKind kind() {
    return RegistrarErrorKind.INVALID_INPUT;
  }

  /**
   * Returns the field problems: they name fields and rules, never values, so customers may see
   * them.
   */
  @Override
  public String customerMessage() {
    return getMessage();
  }
}
