package org.regdesk.dondominio.sandbox.http;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The most recent API calls, oldest first, at most {@value #CAPACITY}; older ones are forgotten so
 * a long-running sandbox does not grow. Thread-safe.
 */
public final class CallJournal {
  static final int CAPACITY = 10_000;

  /** Parameters whose values are secrets (§1.7, auth codes) and never kept. */
  private static final Set<String> SECRET_PARAMETERS = Set.of("apipasswd", "authcode");

  private final Deque<ApiCall> calls = new ArrayDeque<>();

  /** The calls seen since the last {@link #clear()}, oldest first. */
  public synchronized List<ApiCall> calls() {
    return List.copyOf(calls);
  }

  public synchronized void clear() {
    calls.clear();
  }

  synchronized void record(ApiCall call) {
    if (calls.size() == CAPACITY) {
      calls.removeFirst();
    }
    calls.addLast(call);
  }

  /** A copy of the parameters with the secret values masked. */
  static Map<String, String> masked(Map<String, String> parameters) {
    if (Collections.disjoint(parameters.keySet(), SECRET_PARAMETERS)) {
      return parameters;
    }
    Map<String, String> copy = new LinkedHashMap<>(parameters);
    SECRET_PARAMETERS.forEach(name -> copy.computeIfPresent(name, (k, v) -> ApiCall.MASK));
    return copy;
  }
}
