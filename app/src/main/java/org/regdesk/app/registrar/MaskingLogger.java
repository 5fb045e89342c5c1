package org.regdesk.app.registrar;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.regdesk.registrar.spi.audit.SecretMasker;
import org.slf4j.Logger;

/**
 * The {@link System.Logger} a plugin gets: writes to the desk's log (SLF4J), with every known
 * secret of the plugin's settings scrubbed from the message and from any exception's messages,
 * whatever the plugin forgot to mask.
 */
final class MaskingLogger implements System.Logger {

  /** How deep a chain of causes is copied; deeper causes are dropped. */
  private static final int MAX_CAUSES = 8;

  private final Logger delegate;
  private final SecretMasker masker;

  /**
   * Creates the logger.
   *
   * @param delegate the desk's logger
   * @param masker knows the secrets to scrub
   */
  MaskingLogger(Logger delegate, SecretMasker masker) {
    this.delegate = delegate;
    this.masker = masker;
  }

  @Override
  public String getName() {
    return delegate.getName();
  }

  @Override
  public boolean isLoggable(Level level) {
    return switch (level) {
      case ALL, TRACE -> delegate.isTraceEnabled();
      case DEBUG -> delegate.isDebugEnabled();
      case INFO -> delegate.isInfoEnabled();
      case WARNING -> delegate.isWarnEnabled();
      case ERROR -> delegate.isErrorEnabled();
      case OFF -> false;
    };
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
    if (isLoggable(level)) {
      emit(level, masker.scrub(localise(bundle, message)), scrubbed(thrown, 0));
    }
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String format, Object... params) {
    if (!isLoggable(level)) {
      return;
    }
    String pattern = localise(bundle, format);
    String text;
    if (params == null || params.length == 0) {
      text = pattern;
    } else {
      try {
        text = MessageFormat.format(pattern, params);
      } catch (IllegalArgumentException badPattern) {
        text = pattern;
      }
    }
    emit(level, masker.scrub(text), null);
  }

  private void emit(Level level, String text, Throwable thrown) {
    switch (level) {
      case ALL, TRACE -> delegate.trace(text, thrown);
      case DEBUG -> delegate.debug(text, thrown);
      case INFO -> delegate.info(text, thrown);
      case WARNING -> delegate.warn(text, thrown);
      case ERROR -> delegate.error(text, thrown);
      case OFF -> {
        // not logged
      }
    }
  }

  private static String localise(ResourceBundle bundle, String key) {
    if (bundle == null || key == null) {
      return String.valueOf(key);
    }
    try {
      return bundle.getString(key);
    } catch (MissingResourceException notInBundle) {
      return key;
    }
  }

  /**
   * A copy of the exception whose messages are scrubbed, with the original stack traces, so the log
   * still shows where it happened.
   */
  private Throwable scrubbed(Throwable thrown, int depth) {
    if (thrown == null || depth > MAX_CAUSES) {
      return null;
    }
    ScrubbedException copy =
        new ScrubbedException(
            thrown.getClass().getName() + ": " + masker.scrub(String.valueOf(thrown.getMessage())));
    copy.setStackTrace(thrown.getStackTrace());
    Throwable cause = thrown.getCause();
    if (cause != null && cause != thrown) {
      copy.initCause(scrubbed(cause, depth + 1));
    }
    return copy;
  }

  /** Stands in for a plugin's exception in the log; its message names the original type. */
  static final class ScrubbedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ScrubbedException(String message) {
      super(message);
    }
  }
}
