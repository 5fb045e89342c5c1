package org.regdesk.app.registrar;

/**
 * A plugin jar or provider that could not be loaded and was skipped; the other plugins work
 * regardless. Shown on Settings › Plugins › Registrars and written to the log.
 *
 * @param source the jar (or {@code the application class path})
 * @param message what is wrong, e.g. {@code is not a readable jar: zip END header not found}
 */
public record PluginLoadProblem(String source, String message) {

  /** Returns the source and the message. */
  @Override
  public String toString() {
    return source + ": " + message;
  }
}
