package org.regdesk.app.job;

import java.time.Instant;

/**
 * A job as people see it.
 *
 * @param id the job's number
 * @param kind the job kind, e.g. {@code register}
 * @param key what the job is about within its kind, e.g. {@code example.com}; unique per kind
 * @param plugin the registrar plugin it calls, or null
 * @param state where it stands
 * @param attempts attempts made so far
 * @param nextRunAt when it runs next, or null when it will not run by itself
 * @param lastMessage the last outcome's message (the registrar's words on failure), or null
 * @param lastErrorKind the SPI error kind of the last failure, or null
 * @param createdAt when it was enqueued
 * @param updatedAt when it last changed
 * @param finishedAt when it ended (done, failed, needs attention, dismissed), or null
 */
public record Job(
    long id,
    String kind,
    String key,
    String plugin,
    JobState state,
    int attempts,
    Instant nextRunAt,
    String lastMessage,
    String lastErrorKind,
    Instant createdAt,
    Instant updatedAt,
    Instant finishedAt) {

  /**
   * The trigger name its registrar calls are audited with.
   *
   * @return kind and key, e.g. {@code register example.com}
   */
  public String triggerName() {
    return kind + " " + key;
  }
}
