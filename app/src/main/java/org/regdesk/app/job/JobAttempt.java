package org.regdesk.app.job;

/**
 * The attempt a handler is running, as {@link JobAttempts#start} marked it.
 *
 * @param jobId the job's number
 * @param number 1 for the first attempt
 * @param previousOutcomeUnknown true when an earlier attempt may have taken effect at the
 *     registrar: it ended in {@code OUTCOME_UNKNOWN}, or the desk stopped during its call (a
 *     started attempt without an outcome). The handler must then look the object up before it sends
 *     anything that changes or charges (a domain that is now in the account counts as done).
 */
public record JobAttempt(long jobId, int number, boolean previousOutcomeUnknown) {}
