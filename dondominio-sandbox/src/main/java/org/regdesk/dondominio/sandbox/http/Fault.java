package org.regdesk.dondominio.sandbox.http;

import java.time.Duration;
import java.util.Objects;
import org.regdesk.dondominio.sandbox.engine.ErrorCodes;

/**
 * A planned failure: the next {@code count} calls of {@code action} fail in the given {@code mode}
 * after waiting {@code delay}. Validated when built; field names in errors are the control API's
 * ({@code action}, {@code mode}, {@code count}, {@code errorCode}, {@code delayMs}). Whether the
 * action exists is checked when the fault is planned ({@link FaultPlan#add}).
 *
 * @param action lower-case {@code module/action}; slashes around it and upper case are tolerated
 * @param errorCode the §9 code a {@link FaultMode#ERROR} fault answers; 0 for every other mode
 * @param delay how long to wait before the fault acts; required (positive) for {@link
 *     FaultMode#LATENCY}, optional otherwise
 */
public record Fault(String action, FaultMode mode, int count, int errorCode, Duration delay) {
  /** The longest delay a fault may ask for. */
  public static final Duration MAX_DELAY = Duration.ofMinutes(5);

  /** The most calls one fault may break. */
  public static final int MAX_COUNT = 1_000_000;

  public Fault {
    if (action == null || action.isBlank()) {
      throw new InvalidFieldException("action", "required, e.g. domain/create");
    }
    action = normalise(action);
    if (mode == null) {
      throw new InvalidFieldException("mode", "required");
    }
    if (count < 1 || count > MAX_COUNT) {
      throw new InvalidFieldException("count", "must be between 1 and " + MAX_COUNT);
    }
    if (mode == FaultMode.ERROR) {
      if (errorCode == 0 || !ErrorCodes.isKnown(errorCode)) {
        throw new InvalidFieldException(
            "errorCode", "mode error needs a non-zero error code from the API's error table");
      }
    } else if (errorCode != 0) {
      throw new InvalidFieldException("errorCode", "only mode error takes an error code");
    }
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
      throw new InvalidFieldException(
          "delayMs", "must be between 0 and " + MAX_DELAY.toMillis() + " milliseconds");
    }
    if (mode == FaultMode.LATENCY && delay.isZero()) {
      throw new InvalidFieldException("delayMs", "mode latency needs a positive delay");
    }
  }

  /** The next call answers {@code errorCode} without running. */
  public static Fault error(String action, int errorCode) {
    return new Fault(action, FaultMode.ERROR, 1, errorCode, Duration.ZERO);
  }

  /** The next call gets HTTP 500. */
  public static Fault http500(String action) {
    return new Fault(action, FaultMode.HTTP500, 1, 0, Duration.ZERO);
  }

  /** The next call gets HTTP 200 with a body that is not JSON. */
  public static Fault malformed(String action) {
    return new Fault(action, FaultMode.MALFORMED, 1, 0, Duration.ZERO);
  }

  /** The next call's connection is closed without an answer; nothing runs. */
  public static Fault reset(String action) {
    return new Fault(action, FaultMode.RESET, 1, 0, Duration.ZERO);
  }

  /** The next call runs, then its connection is closed without an answer. */
  public static Fault applyThenDrop(String action) {
    return new Fault(action, FaultMode.APPLY_THEN_DROP, 1, 0, Duration.ZERO);
  }

  /** The next call waits {@code delay}, then runs normally. */
  public static Fault latency(String action, Duration delay) {
    return new Fault(action, FaultMode.LATENCY, 1, 0, delay);
  }

  /** The same fault for the next {@code count} calls. */
  public Fault times(int count) {
    return new Fault(action, mode, count, errorCode, delay);
  }

  /** The same fault, acting only after waiting {@code delay}. */
  public Fault after(Duration delay) {
    return new Fault(action, mode, count, errorCode, delay);
  }

  /** {@code /Domain/Create/} and {@code domain/create} name the same action. */
  static String normalise(String action) {
    return ApiPath.normalise(action);
  }
}
