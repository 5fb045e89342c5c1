package org.regdesk.dondominio.sandbox.http;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How an injected {@link Fault} breaks a call. */
public enum FaultMode {
  /** Answer the fault's error code in a normal envelope without running the action. */
  ERROR("error"),
  /** Answer HTTP 500 with a non-JSON body without running the action. */
  HTTP500("http500"),
  /** Answer HTTP 200 with a body that is not JSON, without running the action. */
  MALFORMED("malformed"),
  /** Close the connection without an answer and without running the action. */
  RESET("reset"),
  /**
   * Run the action (its state changes stick) and then close the connection without an answer: the
   * client cannot know the outcome.
   */
  APPLY_THEN_DROP("apply-then-drop"),
  /** Wait the fault's delay, then run the action and answer normally. */
  LATENCY("latency");

  private final String wireName;

  FaultMode(String wireName) {
    this.wireName = wireName;
  }

  /** The name used by the control API, e.g. {@code apply-then-drop}. */
  public String wireName() {
    return wireName;
  }

  /** The mode with this wire name; anything else is an {@link InvalidFieldException}. */
  public static FaultMode fromWireName(String name) {
    for (FaultMode mode : values()) {
      if (mode.wireName.equals(name)) {
        return mode;
      }
    }
    throw new InvalidFieldException(
        "mode",
        "unknown fault mode; expected one of "
            + Arrays.stream(values()).map(FaultMode::wireName).collect(Collectors.joining(", ")));
  }
}
