package org.regdesk.app.registrar;

import java.time.Instant;

/**
 * A plugin whose registrar refused its credentials, as a job found out: jobs for the plugin wait
 * instead of calling again until staff fix the settings (a successful Test connection or saving the
 * settings clears the flag).
 *
 * @param plugin the plugin's stable name
 * @param message what the registrar said, for staff (never a secret)
 * @param flaggedAt when it was flagged
 */
public record RegistrarFlag(String plugin, String message, Instant flaggedAt) {}
