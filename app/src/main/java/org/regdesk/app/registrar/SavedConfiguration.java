package org.regdesk.app.registrar;

import java.time.Instant;

/**
 * When and by whom a plugin's settings were last saved.
 *
 * @param savedAt when
 * @param savedBy who: a user name, {@code api-token:<id>:<name>}, or {@code demo mode}
 */
public record SavedConfiguration(Instant savedAt, String savedBy) {}
