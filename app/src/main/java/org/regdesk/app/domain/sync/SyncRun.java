package org.regdesk.app.domain.sync;

import java.time.Instant;

/**
 * One sync of a plugin's domains, as staff and the API see it.
 *
 * @param id the row id
 * @param plugin the plugin's stable name
 * @param triggeredBy who or what started it, e.g. {@code job sync recurring} or {@code user ana}
 * @param complete whether the listing was complete; when false nothing was changed
 * @param pages listing calls made
 * @param listed distinct domains the registrar listed
 * @param updated desk domains whose status, dates, lock, privacy or renewal mode changed
 * @param gone desk domains missing from a complete listing, now transferred away or expired
 * @param notInDesk listed domains the desk does not hold (candidates for import)
 * @param message what happened, or why nothing changed
 * @param startedAt when it started
 * @param finishedAt when it ended
 */
public record SyncRun(
    long id,
    String plugin,
    String triggeredBy,
    boolean complete,
    int pages,
    int listed,
    int updated,
    int gone,
    int notInDesk,
    String message,
    Instant startedAt,
    Instant finishedAt) {}
