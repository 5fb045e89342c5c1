package org.regdesk.dondominio.client.internal;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper of the client, reading prices as exact decimals. */
public final class Json {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private Json() {}

  /** The mapper. */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** A new empty JSON object. */
  public static JsonNode emptyObject() {
    return MAPPER.createObjectNode();
  }
}
