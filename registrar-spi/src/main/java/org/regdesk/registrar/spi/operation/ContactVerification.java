package org.regdesk.registrar.spi.operation;

/**
 * Where a contact stands in the registrar's e-mail verification (ICANN registrant verification). An
 * owner change may be blocked while it is not {@link #VERIFIED} or {@link #NOT_APPLICABLE}.
 */
public enum ContactVerification {
  /** The contact confirmed its e-mail address. */
  VERIFIED,
  /** The TLD does not ask for verification. */
  NOT_APPLICABLE,
  /** A verification mail was sent and not yet answered. */
  IN_PROCESS,
  /** Verification failed or timed out; the domain may be suspended. */
  FAILED
}
