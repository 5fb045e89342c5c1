package org.regdesk.registrar.spi.loading;

import java.util.Optional;

/**
 * A plugin jar or provider that could not be loaded and was skipped; the other plugins loaded
 * regardless. The host shows these to staff on its plugin settings page and logs them.
 *
 * @param source where the problem is
 * @param message what is wrong, e.g. {@code not a readable jar: zip END header not found}
 * @param cause the underlying exception, if any, for the log
 */
public record PluginProblem(PluginSource source, String message, Optional<Throwable> cause) {

  /**
   * Checks the parts.
   *
   * @param source where the problem is
   * @param message what is wrong, e.g. {@code not a readable jar: zip END header not found}
   * @param cause the underlying exception, if any, for the log
   */
  public PluginProblem {
    if (source == null || message == null || message.isBlank() || cause == null) {
      throw new IllegalArgumentException("source, message and cause are required");
    }
  }

  /** Returns the source and the message. */
  @Override
  public String toString() {
    return source + ": " + message;
  }
}
