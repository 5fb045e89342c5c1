package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Envelopes pinned in {@code src/test/resources/.../golden/*.json}, compared as JSON trees after
 * the caller's IP (which depends on the machine) is replaced by {@code <caller-ip>}.
 */
final class Golden {
  private Golden() {}

  static JsonNode load(String name) {
    String resource = "golden/" + name + ".json";
    try (InputStream in = Golden.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no golden file " + resource);
      }
      return Wire.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode normalised(JsonNode envelope) {
    JsonNode copy = envelope.deepCopy();
    JsonNode data = copy.path("responseData");
    if (data.isObject() && data.has("ip")) {
      ((ObjectNode) data).put("ip", "<caller-ip>");
    }
    return copy;
  }

  static void assertMatches(Wire.Response response, String name) {
    assertThat(response.status()).as("HTTP status").isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(normalised(response.json())).as("envelope vs golden " + name).isEqualTo(load(name));
  }
}
