package org.regdesk.dondominio.sandbox.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The most recent API calls, oldest first, at most {@value #CAPACITY}; older ones are forgotten so
 * a long-running sandbox does not grow. Thread-safe.
 */
public final class CallJournal {
  static final int CAPACITY = 10_000;

  /**
   * Parameters of the API document whose values are secrets and never kept: the API password
   * (§1.7), the auth codes of transfers and restarts, the .aero ENS password (§5). Any other
   * parameter named like a password (e.g. of the {@code user} module, which the document lists
   * without parameters) is masked too; see {@link #isSecret}.
   */
  private static final Set<String> SECRET_PARAMETERS = Set.of("apipasswd", "authcode", "aeropass");

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
    if (parameters.keySet().stream().noneMatch(CallJournal::isSecret)) {
      return parameters;
    }
    Map<String, String> copy = new LinkedHashMap<>(parameters);
    copy.replaceAll((name, value) -> isSecret(name) ? ApiCall.MASK : value);
    return copy;
  }

  /**
   * Whether a parameter carries a secret. Names are compared in lower case, since a client may
   * misspell the case and its secret is no less secret; any name holding {@code pass} counts.
   */
  static boolean isSecret(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return SECRET_PARAMETERS.contains(lower) || lower.contains("pass");
  }
}
