package org.regdesk.app.testing;

import java.util.ArrayList;
import java.util.List;
import org.regdesk.app.security.Console;

/** Keeps what the desk printed to its terminal. */
public final class RecordingConsole implements Console {

  private final List<String> printed = new ArrayList<>();

  @Override
  public synchronized void print(String text) {
    printed.add(text);
  }

  /**
   * Everything printed so far.
   *
   * @return the texts, oldest first
   */
  public synchronized List<String> printed() {
    return List.copyOf(printed);
  }
}
