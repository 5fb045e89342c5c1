package org.regdesk.app.job;

import java.time.Instant;

/**
 * How to enqueue a job beyond its kind, key and payload.
 *
 * @param runAt when it runs first; null for now
 * @param plugin the registrar plugin the job calls, so that it waits while that plugin's settings
 *     are flagged; null when it calls none
 */
public record JobOptions(Instant runAt, String plugin) {

  /**
   * Now, no plugin.
   *
   * @return the options
   */
  public static JobOptions now() {
    return new JobOptions(null, null);
  }

  /**
   * Now, for a plugin.
   *
   * @param plugin the plugin's stable name
   * @return the options
   */
  public static JobOptions forPlugin(String plugin) {
    return new JobOptions(null, plugin);
  }

  /**
   * The same options at another time.
   *
   * @param when the first run
   * @return the options
   */
  public JobOptions at(Instant when) {
    return new JobOptions(when, plugin);
  }
}
