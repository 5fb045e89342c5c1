package org.regdesk.dondominio.sandbox.http;

import java.util.Objects;

/**
 * A control request (or the equivalent Java call) with a field that breaks a rule; the control API
 * answers HTTP 400 with {@code {"error": message, "field": field}}. The message never quotes a
 * secret.
 */
public final class InvalidFieldException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidFieldException(String field, String message) {
    super(field + ": " + message);
    this.field = Objects.requireNonNull(field, "field");
  }

  /** The wire name of the field, e.g. {@code count} or {@code delayMs}. */
  public String field() {
    return field;
  }

  /** The rule that was broken, without the field name in front. */
  public String problem() {
    return getMessage().substring(field.length() + 2);
  }
}
