package org.regdesk.dondominio.sandbox.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One API call as the sandbox saw it, for tests that check what a client sent and what happened.
 *
 * @param action the lower-case {@code module/action} of the path
 * @param parameters the decoded body, in the order sent; the values of secret parameters ({@code
 *     apipasswd}, {@code authcode}, {@code aeroPass}, anything named like a password) are masked
 * @param reachedEngine whether the action ran (it may still have failed, e.g. with 1004)
 * @param errorCode the envelope's error code (0 for success); empty when no envelope was sent
 * @param fault the injected fault that shaped the answer, if any
 */
public record ApiCall(
    String action,
    Map<String, String> parameters,
    boolean reachedEngine,
    OptionalInt errorCode,
    Optional<FaultMode> fault) {

  /** What masked values read as. */
  public static final String MASK = "*****";

  public ApiCall {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }
}
