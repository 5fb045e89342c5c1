package org.regdesk.dondominio.sandbox.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The faults waiting to break calls, in the order they were planned. Each matching call uses up one
 * of the first matching fault's {@code count}; {@link #pending()} shows what is left. Thread-safe.
 */
public final class FaultPlan {
  private final Predicate<String> knownAction;
  private final List<Fault> pending = new ArrayList<>();

  /** Empty most of the time: lets every call skip the lock. */
  private volatile boolean empty = true;

  /**
   * @param knownAction which actions exist (the engine's {@code knows}); a fault for any other is
   *     refused
   */
  public FaultPlan(Predicate<String> knownAction) {
    this.knownAction = knownAction;
  }

  /**
   * Plans a fault; one for an action the sandbox does not know is an {@link InvalidFieldException}.
   */
  public synchronized void add(Fault fault) {
    if (!knownAction.test(fault.action())) {
      throw new InvalidFieldException("action", "the sandbox has no action " + fault.action());
    }
    pending.add(fault);
    empty = false;
  }

  /** The faults still waiting, with the calls each still breaks as its {@code count}. */
  public synchronized List<Fault> pending() {
    return List.copyOf(pending);
  }

  /** Forgets every planned fault. */
  public synchronized void clear() {
    pending.clear();
    empty = true;
  }

  /** Uses up one call of the first fault planned for {@code action}, if there is one. */
  Optional<Fault> take(String action) {
    if (empty) {
      return Optional.empty();
    }
    synchronized (this) {
      for (int i = 0; i < pending.size(); i++) {
        Fault fault = pending.get(i);
        if (!fault.action().equals(action)) {
          continue;
        }
        if (fault.count() == 1) {
          pending.remove(i);
          empty = pending.isEmpty();
        } else {
          pending.set(i, fault.times(fault.count() - 1));
        }
        return Optional.of(fault.times(1));
      }
      return Optional.empty();
    }
  }
}
