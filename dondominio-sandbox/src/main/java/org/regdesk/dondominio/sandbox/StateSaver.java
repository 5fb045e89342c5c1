package org.regdesk.dondominio.sandbox;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Keeps the {@code --state} file close to the running sandbox: after a change it is saved at most
 * once per interval, from a background thread, and once more on close.
 */
final class StateSaver implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(StateSaver.class.getName());

  private final StateFile file;
  private final Supplier<StateFile.Snapshot> snapshot;
  private final AtomicBoolean changed = new AtomicBoolean();
  private ScheduledExecutorService scheduler;

  StateSaver(StateFile file, Supplier<StateFile.Snapshot> snapshot) {
    this.file = file;
    this.snapshot = snapshot;
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
      file.save(snapshot.get());
      return true;
    } catch (IOException | RuntimeException e) {
      changed.set(true);
      throw e;
    }
  }

  /** Saves now, changed or not. */
  void save() throws IOException {
    changed.set(false);
    file.save(snapshot.get());
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
      scheduler.shutdownNow();
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
