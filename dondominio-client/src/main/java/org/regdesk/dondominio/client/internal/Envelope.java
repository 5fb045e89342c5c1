package org.regdesk.dondominio.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The envelope every API response shares: {@code success}, {@code errorCode}, {@code errorCodeMsg},
 * {@code action}, {@code version}, {@code messages}, {@code responseData}.
 *
 * @param success whether the action succeeded
 * @param errorCode the error code, 0 on success
 * @param errorCodeMsg the short description, possibly empty
 * @param action the action the server names, possibly empty
 * @param version the server API version, possibly empty
 * @param messages the detail messages, possibly empty
 * @param responseData the payload; an empty object when absent, {@code null}, {@code []} or {@code
 *     {}}
 */
public record Envelope(
    boolean success,
    int errorCode,
    String errorCodeMsg,
    String action,
    String version,
    List<String> messages,
    JsonNode responseData) {

  /** Thrown when a body is not JSON or not an envelope. */
  public static final class NotAnEnvelope extends Exception {
    NotAnEnvelope(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Reads a response body.
   *
   * @throws NotAnEnvelope if it is not a JSON object with a {@code success} flag
   */
  public static Envelope parse(byte[] body) throws NotAnEnvelope {
    JsonNode root;
    try {
      root = Json.mapper().readTree(body);
    } catch (JacksonException e) {
      throw new NotAnEnvelope("body is not JSON", null);
    }
    if (root == null || !root.isObject()) {
      throw new NotAnEnvelope("body is not a JSON object", null);
    }
    Optional<Boolean> success = flag(root.get("success"));
    if (success.isEmpty()) {
      throw new NotAnEnvelope("body has no success flag", null);
    }
    int errorCode = integer(root.get("errorCode")).orElse(0);
    JsonNode data = root.get("responseData");
    return new Envelope(
        success.get(),
        errorCode,
        text(root.get("errorCodeMsg")),
        text(root.get("action")),
        text(root.get("version")),
        messages(root.get("messages")),
        data != null && data.isObject() ? data : Json.emptyObject());
  }

  private static Optional<Boolean> flag(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isBoolean()) {
      return Optional.of(node.booleanValue());
    }
    if (node.isIntegralNumber()) {
      return Optional.of(node.asLong() != 0);
    }
    if (node.isString()) {
      String text = node.stringValue().trim().toLowerCase(Locale.ROOT);
      if (text.equals("1") || text.equals("true")) {
        return Optional.of(true);
      }
      if (text.equals("0") || text.equals("false") || text.isEmpty()) {
        return Optional.of(false);
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> integer(JsonNode node) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return Optional.of(node.intValue());
    }
    if (node.isString()) {
      try {
        return Optional.of(Integer.parseInt(node.stringValue().trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || !node.isValueNode() ? "" : node.asString();
  }

  private static List<String> messages(JsonNode node) {
    List<String> result = new ArrayList<>();
    if (node == null || node.isNull()) {
      return result;
    }
    if (node.isArray() || node.isObject()) {
      for (JsonNode item : node.values()) {
        if (item.isValueNode() && !item.isNull()) {
          result.add(item.asString());
        }
      }
    } else if (node.isValueNode() && !node.asString().isEmpty()) {
      result.add(node.asString());
    }
    return result;
  }
}
