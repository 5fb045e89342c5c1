package org.regdesk.registrar.tck.fake;

/**
 * A bug planted in the fake plugin, each one a way real plugins break the contract. The self-test
 * runs the suite against a plugin with one of them and expects the suite to fail where it should.
 */
enum Defect {
  /** After a lost create answer, the retry sends a second create instead of looking first. */
  CREATES_TWICE_AFTER_OUTCOME_UNKNOWN,
  /** Sends a registration to the registrar before checking the TLD's fields. */
  CALLS_REGISTRAR_ON_INVALID_INPUT,
  /** Declares DNSSEC but never implemented it. */
  DECLARES_DNSSEC_WITHOUT_IMPLEMENTING_IT,
  /** Answers TLD prices although it does not declare TLD_PRICES. */
  IMPLEMENTS_UNDECLARED_TLD_PRICES,
  /** The listing cursor jumps one domain too far, skipping one per page. */
  PAGES_SKIP_DOMAINS,
  /** The listing cursor falls one domain short, repeating one per page. */
  PAGES_REPEAT_DOMAINS,
  /** The listing cursor always points back at the first page, so the listing never ends. */
  PAGES_NEVER_END,
  /** A lookup that cannot reach the registrar says "not found". */
  OUTAGE_AS_NOT_FOUND,
  /** A lost answer to a charged request is reported as "unavailable", inviting a blind resend. */
  LOST_ANSWER_AS_UNAVAILABLE,
  /** Renews without comparing the caller's expiry with the registrar's. */
  IGNORES_EXPIRY_GUARD,
  /** Logs every request with the API key in clear. */
  LOGS_API_KEY,
  /** Declares the API key setting as plain text. */
  API_KEY_TYPED_TEXT,
  /** Refuses a taken name without the registrar's error code. */
  REJECTS_WITHOUT_REGISTRAR_CODE,
  /** Reads domains without recording the call in the audit. */
  LOOKUP_NOT_AUDITED,
  /** Logs the auth code it read, in clear. */
  LOGS_AUTH_CODE,
  /** Puts the refused API key into the authentication failure's message. */
  AUTH_FAILURE_NAMES_THE_KEY,
  /** Describes itself differently on each call (a version stamped per call). */
  DESCRIPTOR_CHANGES_BETWEEN_CALLS,
  /** Takes the registry's "TLD not supported" for an outage. */
  TLD_UNSUPPORTED_AS_UNAVAILABLE
}
