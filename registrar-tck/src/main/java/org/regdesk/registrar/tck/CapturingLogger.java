package org.regdesk.registrar.tck;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The logger the suite hands a plugin: keeps every line, formatted, with the text of any throwable
 * and its causes, so that a test can look for secrets in what the plugin logged.
 */
final class CapturingLogger implements System.Logger {

  private final List<String> lines = new CopyOnWriteArrayList<>();

  /** The lines logged so far, at every level. */
  List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public String getName() {
    return "regdesk.tck.plugin";
  }

  @Override
  public boolean isLoggable(Level level) {
    // Everything is kept: a secret logged at DEBUG still ends up in some host's log file.
    return true;
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
    StringBuilder line = new StringBuilder(String.valueOf(message));
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      line.append(" | ").append(t);
    }
    lines.add(level + " " + line);
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String format, Object... params) {
    String message =
        params == null || params.length == 0
            ? String.valueOf(format)
            : new MessageFormat(String.valueOf(format)).format(params);
    lines.add(level + " " + message);
  }
}
