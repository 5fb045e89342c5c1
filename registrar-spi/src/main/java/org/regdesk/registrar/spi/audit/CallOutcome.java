package org.regdesk.registrar.spi.audit;

import org.regdesk.registrar.spi.error.RegistrarErrorKind;

/** How one registrar API call ended, as recorded in the audit. */
public enum CallOutcome {
  /** The registrar answered and the call did what was asked. */
  SUCCEEDED,
  /** See {@link RegistrarErrorKind#INVALID_INPUT}. */
  INVALID_INPUT,
  /** See {@link RegistrarErrorKind#REJECTED}. */
  REJECTED,
  /** See {@link RegistrarErrorKind#UNAVAILABLE}. */
  UNAVAILABLE,
  /** See {@link RegistrarErrorKind#OUTCOME_UNKNOWN}. */
  OUTCOME_UNKNOWN,
  /** See {@link RegistrarErrorKind#NOT_SUPPORTED}. */
  NOT_SUPPORTED,
  /** See {@link RegistrarErrorKind#AUTHENTICATION_FAILED}. */
  AUTHENTICATION_FAILED,
  /** See {@link RegistrarErrorKind#INSUFFICIENT_FUNDS}. */
  INSUFFICIENT_FUNDS,
  /** See {@link RegistrarErrorKind#NOT_FOUND}. */
  NOT_FOUND,
  /** The plugin failed with an unexpected exception (a plugin bug). */
  PLUGIN_ERROR;

  /**
   * The outcome recorded for a failure of this kind.
   *
   * @param kind the failure kind
   * @return the matching outcome
   */
  public static CallOutcome of(RegistrarErrorKind kind) {
    return switch (kind) {
      case INVALID_INPUT -> INVALID_INPUT;
      case REJECTED -> REJECTED;
      case UNAVAILABLE -> UNAVAILABLE;
      case OUTCOME_UNKNOWN -> OUTCOME_UNKNOWN;
      case NOT_SUPPORTED -> NOT_SUPPORTED;
      case AUTHENTICATION_FAILED -> AUTHENTICATION_FAILED;
      case INSUFFICIENT_FUNDS -> INSUFFICIENT_FUNDS;
      case NOT_FOUND -> NOT_FOUND;
    };
  }
}
