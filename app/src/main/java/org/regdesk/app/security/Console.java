package org.regdesk.app.security;

/**
 * The terminal the desk was started from. One-time passwords go here and only here: never to a
 * logger, whose output may be collected and kept.
 */
@FunctionalInterface
public interface Console {

  /**
   * Prints lines to the terminal.
   *
   * @param text the text, may hold several lines
   */
  void print(String text);

  /**
   * Standard output.
   *
   * @return a console on {@code System.out}
   */
  static Console system() {
    return text -> {
      System.out.println(text);
      System.out.flush();
    };
  }
}
