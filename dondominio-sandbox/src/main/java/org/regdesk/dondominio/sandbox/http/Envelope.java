package org.regdesk.dondominio.sandbox.http;

import java.util.List;
import org.regdesk.dondominio.sandbox.engine.ApiResult;
import org.regdesk.dondominio.sandbox.engine.ErrorCodes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The response envelope of §2 of the API document, in its key order: {@code success}, {@code
 * errorCode}, {@code errorCodeMsg}, {@code action}, {@code version}, {@code messages} (on errors,
 * and on success when there are any), {@code responseData} (on success only).
 */
final class Envelope {
  /** The server API version the sandbox reports, as the real service did in 2025. */
  static final String API_VERSION = "1.0.26";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Envelope() {}

  static byte[] success(String action, ApiResult result) {
    ObjectNode envelope = head(true, 0, action);
    if (!result.messages().isEmpty()) {
      envelope.set("messages", messages(result.messages()));
    }
    envelope.set("responseData", result.responseData());
    return JSON.writeValueAsBytes(envelope);
  }

  static byte[] failure(String action, int errorCode, List<String> messages) {
    ObjectNode envelope = head(false, errorCode, action);
    envelope.set("messages", messages(messages));
    return JSON.writeValueAsBytes(envelope);
  }

  private static ObjectNode head(boolean success, int errorCode, String action) {
    ObjectNode envelope = NODES.objectNode();
    envelope.put("success", success);
    envelope.put("errorCode", errorCode);
    envelope.put("errorCodeMsg", ErrorCodes.describe(errorCode));
    envelope.put("action", action);
    envelope.put("version", API_VERSION);
    return envelope;
  }

  private static ArrayNode messages(List<String> messages) {
    ArrayNode array = NODES.arrayNode();
    messages.forEach(array::add);
    return array;
  }
}
