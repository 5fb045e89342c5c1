package org.regdesk.dondominio.client.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.regdesk.dondominio.client.Sleeper;

/** A sleeper that records the delays asked for and returns at once. */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> delays = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    delays.add(duration);
  }

  /** The delays asked for, in order. */
  public synchronized List<Duration> delays() {
    return List.copyOf(delays);
  }
}
