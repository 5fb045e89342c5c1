package org.regdesk.app.job;

import java.time.Instant;

/**
 * One attempt of a job, as stored.
 *
 * @param number 1 for the first attempt
 * @param startedAt when it was marked as started (before any registrar call)
 * @param finishedAt when its outcome was written, or null when it has none (running, or the desk
 *     stopped during the call)
 * @param outcome {@code DONE}, {@code LATER}, an SPI error kind name, {@code ERROR}, or null
 * @param message what happened, or null
 */
public record JobAttemptRecord(
    int number, Instant startedAt, Instant finishedAt, String outcome, String message) {}
