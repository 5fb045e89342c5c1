package org.regdesk.app.job;

/**
 * Published inside the transaction that stops a job (failed, or needs attention), so that a
 * listener's writes (the staff mail in the outbox) commit or roll back with it.
 *
 * @param job the job as it was before it stopped
 * @param state the state it stopped in
 * @param message why, for staff (the registrar's words when it answered)
 */
public record JobStopped(Job job, JobState state, String message) {}
