package org.regdesk.registrar.spi.loading;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a plugin came from: the application class path, or a jar in the plugin directory.
 *
 * @param jar the jar file, or empty for the application class path
 */
public record PluginSource(Optional<Path> jar) {

  /**
   * Checks the part.
   *
   * @param jar the jar file, or empty for the application class path
   */
  public PluginSource {
    if (jar == null) {
      throw new IllegalArgumentException("jar: use Optional.empty() for the class path");
    }
  }

  /**
   * The application class path.
   *
   * @return the source
   */
  public static PluginSource classPath() {
    return new PluginSource(Optional.empty());
  }

  /**
   * A jar file.
   *
   * @param jar the jar's path
   * @return the source
   */
  public static PluginSource jar(Path jar) {
    return new PluginSource(Optional.of(jar));
  }

  /** Returns {@code the application class path} or the jar's path. */
  @Override
  public String toString() {
    return jar.map(Path::toString).orElse("the application class path");
  }
}
