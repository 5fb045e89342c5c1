package org.regdesk.registrar.dondominio.tld;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.value.TldExtras;
import org.regdesk.registrar.spi.descriptor.FieldType;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.Tld;
import org.regdesk.registrar.spi.value.TldFieldValues;

/**
 * Checks the answers to a TLD's extra requirements and turns them into DonDominio's extra
 * parameters, following the {@link TldTable}. Every problem is collected with the field's stable
 * key, so one error lists everything to fix; messages never repeat the answers.
 */
public final class TldAnswers {

  /** Why the answers are sent: a registration needs every required answer, a transfer none. */
  public enum Purpose {
    /** {@code domain/create}: required answers must be there. */
    REGISTER,
    /** {@code domain/transfer}: the registry keeps its data, so answers are optional. */
    TRANSFER
  }

  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  private TldAnswers() {}

  /**
   * Checks the answers for a TLD and builds its extra parameters.
   *
   * @param tld the domain's TLD
   * @param answers the desk's answers
   * @param purpose registration or transfer
   * @param today today's date, from the host's clock (dates must be earlier)
   * @param errors where problems are added
   * @return the extra parameters (meaningless if problems were added)
   */
  public static TldExtras extras(
      Tld tld, TldFieldValues answers, Purpose purpose, LocalDate today, List<FieldError> errors) {
    Optional<TldRow> row = TldTable.row(tld);
    if (row.isEmpty()) {
      return TldExtras.none();
    }
    TldExtras.Builder extras = TldExtras.builder();
    for (TldField field : row.get().fields()) {
      Optional<String> answer = answers.domainField(field.key());
      if (answer.isEmpty()) {
        if (field.definition().required() && purpose == Purpose.REGISTER) {
          errors.add(new FieldError(field.key(), "is required for ." + tld));
        }
        continue;
      }
      Optional<FieldError> problem = field.definition().check(answer.get());
      if (problem.isPresent()) {
        errors.add(problem.get());
        continue;
      }
      String value = answer.get().strip();
      try {
        FieldType type = field.definition().type();
        if (type == FieldType.DATE) {
          LocalDate date = LocalDate.parse(value);
          if (checkDate(field.key(), date, today, errors)) {
            extras.date(field.parameter(), date);
          }
        } else if (type == FieldType.YES_NO) {
          extras.flag(field.parameter(), Boolean.parseBoolean(value));
        } else {
          extras.text(field.parameter(), value);
        }
      } catch (InvalidRequestValueException e) {
        errors.add(new FieldError(field.key(), "must be one line without control characters"));
      }
    }
    if (row.get().customerFields().contains(CustomerField.DATE_OF_BIRTH)) {
      dateOfBirth(tld, answers, purpose, today, errors).ifPresent(extras::ownerDateOfBirth);
    }
    return extras.build();
  }

  private static Optional<LocalDate> dateOfBirth(
      Tld tld, TldFieldValues answers, Purpose purpose, LocalDate today, List<FieldError> errors) {
    String key = CustomerField.DATE_OF_BIRTH.key();
    Optional<String> answer = answers.customerField(CustomerField.DATE_OF_BIRTH);
    if (answer.isEmpty()) {
      if (purpose == Purpose.REGISTER) {
        errors.add(new FieldError(key, "is required for ." + tld));
      }
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.parse(answer.get().strip());
      return checkDate(key, date, today, errors) ? Optional.of(date) : Optional.empty();
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(key, "must be a date written YYYY-MM-DD"));
      return Optional.empty();
    }
  }

  private static boolean checkDate(
      String key, LocalDate date, LocalDate today, List<FieldError> errors) {
    if (!date.isBefore(today)) {
      errors.add(new FieldError(key, "must be in the past"));
      return false;
    }
    if (date.isBefore(EARLIEST)) {
      errors.add(new FieldError(key, "must not be before 1900"));
      return false;
    }
    return true;
  }
}
