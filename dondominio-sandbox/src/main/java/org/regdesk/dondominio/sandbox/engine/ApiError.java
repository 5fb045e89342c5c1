package org.regdesk.dondominio.sandbox.engine;

import java.util.List;

/**
 * A failed API call: the DonDominio error code (§9 of the API document) and the detail messages
 * that go into the envelope's {@code messages} array. Thrown by the engine, turned into an envelope
 * with {@code success:false} by the transport. Never carries a stack trace to the wire.
 */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final List<String> messages;

  public ApiError(int code, String... messages) {
    this(code, List.of(messages));
  }

  public ApiError(int code, List<String> messages) {
    super(code + " " + String.join("; ", messages), null, false, false);
    this.code = code;
    this.messages = List.copyOf(messages.isEmpty() ? List.of(ErrorCodes.describe(code)) : messages);
  }

  /** Missing required parameter (101), naming it. */
  public static ApiError missing(String parameter) {
    return new ApiError(ErrorCodes.PARAMETER_FAULT, "Missing parameter: " + parameter);
  }

  /** Parameter present but its value is not acceptable (105), naming it and the rule. */
  public static ApiError invalid(String parameter, String rule) {
    return new ApiError(
        ErrorCodes.INVALID_PARAMETER, "Invalid parameter " + parameter + ": " + rule);
  }

  public int code() {
    return code;
  }

  public List<String> messages() {
    return messages;
  }
}
