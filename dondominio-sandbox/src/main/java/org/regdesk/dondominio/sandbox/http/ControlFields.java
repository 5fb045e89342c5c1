package org.regdesk.dondominio.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the fields of a control request: a form body like the API's, or a JSON object whose values
 * are strings, numbers, booleans or null (null counts as absent).
 */
final class ControlFields {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private ControlFields() {}

  static Map<String, String> read(HttpExchange exchange) throws IOException {
    byte[] body = RequestForm.readBody(exchange);
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType != null && !contentType.isBlank()) {
      MediaType type = MediaType.parse(contentType);
      if (type.essence().equals(MediaType.JSON)) {
        RequestForm.checkCharset(type);
        return fromJson(body);
      }
    }
    return RequestForm.decode(contentType, body);
  }

  private static Map<String, String> fromJson(byte[] body) {
    if (body.length == 0) {
      return Map.of();
    }
    JsonNode tree;
    try {
      tree = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new MalformedRequestException("Request body is not valid JSON");
    }
    if (tree == null || !tree.isObject()) {
      throw new MalformedRequestException("Request body must be a JSON object");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : tree.properties()) {
      JsonNode value = entry.getValue();
      if (value.isNull()) {
        continue;
      }
      if (value.isString()) {
        fields.put(entry.getKey(), value.stringValue());
      } else if (value.isNumber()) {
        fields.put(entry.getKey(), value.decimalValue().toPlainString());
      } else if (value.isBoolean()) {
        fields.put(entry.getKey(), Boolean.toString(value.booleanValue()));
      } else {
        throw new InvalidFieldException(
            entry.getKey(), "must be a string, number or boolean, not a JSON object or array");
      }
    }
    return fields;
  }
}
