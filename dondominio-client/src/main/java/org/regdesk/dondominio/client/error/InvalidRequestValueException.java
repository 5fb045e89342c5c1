package org.regdesk.dondominio.client.error;

import java.util.Objects;

/**
 * A request value broke a rule of the API contract and was rejected before anything was sent.
 *
 * <p>Thrown while a value or a request is being built, so an invalid request never exists. The
 * message names the field and the rule and never repeats the rejected value: values are often
 * personal data (phones, e-mail addresses, names) or secrets (passwords, auth codes), and messages
 * end up in logs and audit records.
 */
public final class InvalidRequestValueException extends IllegalArgumentException {
  private final String field;

  /**
   * Creates the exception.
   *
   * @param field the request field (wire name where one exists) that holds the bad value
   * @param problem what rule the value broke, in words, without the value itself
   */
  public InvalidRequestValueException(String field, String problem) {
    super(
        Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(problem, "problem"));
    this.field = field;
  }

  /** The request field that holds the bad value. */
  public String field() {
    return field;
  }
}
