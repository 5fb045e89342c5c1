package org.regdesk.dondominio.sandbox.engine;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A successful API call: the envelope's {@code responseData} and any detail {@code messages} (empty
 * list: the transport omits the key).
 */
public record ApiResult(JsonNode responseData, List<String> messages) {
  public ApiResult {
    messages = List.copyOf(messages);
  }

  public static ApiResult of(JsonNode responseData) {
    return new ApiResult(responseData, List.of());
  }
}
