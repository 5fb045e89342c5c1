package org.regdesk.dondominio.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this client library, from a resource the build fills in. */
public final class ClientVersion {
  private static final String RESOURCE = "/org/regdesk/dondominio/client/client-version.properties";
  private static final String VERSION = load();

  private ClientVersion() {}

  /** The version, e.g. {@code 0.1.0-SNAPSHOT}, or {@code dev} when unknown. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = ClientVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "dev");
      return version.isBlank() || version.startsWith("${") ? "dev" : version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
