package org.regdesk.dondominio.client.error;

import java.util.List;
import java.util.Objects;

/**
 * What an error response said: the fields of the response envelope that describe the failure.
 *
 * @param errorCode the {@code errorCode}
 * @param errorCodeMsg the short description ({@code errorCodeMsg}), possibly empty
 * @param action the action the response names, e.g. {@code domain/create}
 * @param messages the detail {@code messages}, possibly empty
 * @param serverVersion the server API {@code version}, possibly empty
 */
public record ApiErrorDetails(
    int errorCode,
    String errorCodeMsg,
    String action,
    List<String> messages,
    String serverVersion) {

  /** Copies the messages and checks the parts are present. */
  public ApiErrorDetails {
    Objects.requireNonNull(errorCodeMsg, "errorCodeMsg");
    Objects.requireNonNull(action, "action");
    messages = List.copyOf(messages);
    Objects.requireNonNull(serverVersion, "serverVersion");
  }
}
