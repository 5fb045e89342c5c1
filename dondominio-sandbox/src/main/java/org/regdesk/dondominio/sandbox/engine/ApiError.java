package org.regdesk.dondominio.sandbox.engine;

import java.util.List;
import java.util.Optional;

/**
 * A failed API call: the DonDominio error code (§9 of the API document), the detail messages that
 * go into the envelope's {@code messages} array and, when one parameter is at fault, its name.
 * Thrown by the engine, turned into an envelope with {@code success:false} by the transport (and
 * into {@code {"error", "field", "errorCode"}} by the control API). Never carries a stack trace to
 * the wire.
 */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final String field;
  private final List<String> messages;

  public ApiError(int code, String... messages) {
    this(code, null, List.of(messages));
  }

  public ApiError(int code, List<String> messages) {
    this(code, null, messages);
  }

  private ApiError(int code, String field, List<String> messages) {
    super(code + " " + String.join("; ", messages), null, false, false);
    this.code = code;
    this.field = field;
    this.messages = List.copyOf(messages.isEmpty() ? List.of(ErrorCodes.describe(code)) : messages);
  }

  /** A refusal caused by one parameter, named by {@code field}. */
  public static ApiError about(int code, String field, String message) {
    return new ApiError(code, field, List.of(message));
  }

  /** Missing required parameter (101), naming it. */
  public static ApiError missing(String parameter) {
    return about(ErrorCodes.PARAMETER_FAULT, parameter, "Missing parameter: " + parameter);
  }

  /** Missing required parameter (101), naming it and why it is needed. */
  public static ApiError missing(String parameter, String why) {
    return about(
        ErrorCodes.PARAMETER_FAULT,
        parameter,
        "Missing parameter: " + parameter + " (" + why + ")");
  }

  /** Parameter present but its value is not acceptable (105), naming it and the rule. */
  public static ApiError invalid(String parameter, String rule) {
    return about(
        ErrorCodes.INVALID_PARAMETER, parameter, "Invalid parameter " + parameter + ": " + rule);
  }

  public int code() {
    return code;
  }

  /** The parameter at fault, when the refusal is about exactly one. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  public List<String> messages() {
    return messages;
  }
}
