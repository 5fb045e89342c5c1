package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The golden answers of the wire cases: one file per action under {@code golden/actions/} (e.g.
 * {@code domain-create.json}), an object whose keys are the case names and whose values are the
 * answers after {@link Placeholders}. Compared as JSON trees, so JSON types count ({@code 2} is not
 * {@code "2"}) and key order does not ({@code ApiWireTest} pins the envelope's order).
 *
 * <p>With {@code -Dregdesk.golden.record=true} the answers are written into the source tree instead
 * (review every change before committing it); both encodings must still agree.
 */
final class WireGolden {
  private static final boolean RECORD = Boolean.getBoolean("regdesk.golden.record");
  private static final String DIRECTORY = "golden/actions/";
  private static final JsonMapper PRETTY =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final Map<String, JsonNode> RECORDED = new HashMap<>();

  private WireGolden() {}

  static void check(String action, String key, JsonNode actual) {
    String file = action.replace('/', '-') + ".json";
    if (RECORD) {
      record(file, key, actual);
      return;
    }
    JsonNode golden = load(file);
    assertThat(golden.has(key))
        .as("golden %s has no entry \"%s\" (record with -Dregdesk.golden.record=true)", file, key)
        .isTrue();
    assertThat(actual).as("%s \"%s\"", file, key).isEqualTo(golden.get(key));
  }

  private static JsonNode load(String file) {
    try (InputStream in = WireGolden.class.getResourceAsStream(DIRECTORY + file)) {
      assertThat(in).as("golden file %s", file).isNotNull();
      return Wire.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized void record(String file, String key, JsonNode actual) {
    JsonNode earlier = RECORDED.putIfAbsent(file + " " + key, actual);
    assertThat(actual)
        .as("both encodings of %s \"%s\"", file, key)
        .isEqualTo(earlier == null ? actual : earlier);
    Path path =
        Path.of(
            System.getProperty("basedir", "."),
            "src/test/resources/org/regdesk/dondominio/sandbox/http",
            DIRECTORY,
            file);
    try {
      ObjectNode all =
          Files.exists(path)
              ? (ObjectNode) Wire.JSON.readTree(path.toFile())
              : Wire.JSON.createObjectNode();
      all.set(key, actual);
      Files.createDirectories(path.getParent());
      Files.writeString(path, PRETTY.writeValueAsString(all) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
