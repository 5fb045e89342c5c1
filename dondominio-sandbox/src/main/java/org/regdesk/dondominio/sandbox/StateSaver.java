package org.regdesk.dondominio.sandbox;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps the {@code --state} file close to the running sandbox: after a change it is saved at most
 * once per interval, from a background thread, and once more on close.
 */
final class StateSaver implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(StateSaver.class.getName());

  /** Writes the current state into the file (the engine streams it, see {@link StateFile}). */
  @FunctionalInterface
  interface Content {
    void saveTo(StateFile file) throws IOException;
  }

  private final StateFile file;
  private final Content content;
  private final AtomicBoolean changed = new AtomicBoolean();
  private ScheduledExecutorService scheduler;

  StateSaver(StateFile file, Content content) {
    this.file = file;
    this.content = content;
  }

  /** Something may have changed; the next round saves. */
  void markChanged() {
    changed.set(true);
  }

  /** Saves when something changed since the last save; returns whether it saved. */
  boolean saveIfChanged() throws IOException {
    // cleared before the export: a change made while saving is saved by the next round
    if (!changed.getAndSet(false)) {
      return false;
    }
    try {
      content.saveTo(file);
      return true;
    } catch (IOException | RuntimeException e) {
      changed.set(true);
      throw e;
    }
  }

  /** Saves now, changed or not. */
  void save() throws IOException {
    changed.set(false);
    content.saveTo(file);
  }

  /** Starts saving in the background every {@code interval} when something changed. */
  synchronized void start(Duration interval) {
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "dondominio-sandbox-state-saver");
              thread.setDaemon(true);
              return thread;
            });
    long millis = interval.toMillis();
    scheduler.scheduleWithFixedDelay(this::saveQuietly, millis, millis, TimeUnit.MILLISECONDS);
  }

  private void saveQuietly() {
    try {
      saveIfChanged();
    } catch (IOException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Could not save the sandbox state to "
              + file.path()
              + " ("
              + e.getClass().getSimpleName()
              + "); will retry",
          e);
    }
  }

  /** Stops the background saving and saves a last time. */
  @Override
  public synchronized void close() throws IOException {
    if (scheduler != null) {
      // not shutdownNow: interrupting a save in progress closes its file channel mid-write
      scheduler.shutdown();
      try {
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      scheduler = null;
    }
    save();
  }
}
