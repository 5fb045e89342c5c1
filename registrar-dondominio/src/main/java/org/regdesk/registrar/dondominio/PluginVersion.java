package org.regdesk.registrar.dondominio;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The plugin's version, written into {@code plugin-version.properties} by the build. */
final class PluginVersion {

  private static final String VERSION = read();

  private PluginVersion() {}

  static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = PluginVersion.class.getResourceAsStream("plugin-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      String version = properties.getProperty("version", "unknown").strip();
      return version.isEmpty() || version.startsWith("$") ? "unknown" : version;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
