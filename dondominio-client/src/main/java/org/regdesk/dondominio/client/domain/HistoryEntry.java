package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.value.ServerTimestamp;

/**
 * One operation in a domain's history, from {@code domain/gethistory}.
 *
 * @param timestamp when it happened ({@code ts}; format undocumented)
 * @param ip the IP address it came from
 * @param user the user who did it
 * @param title a short title
 * @param message the description
 */
public record HistoryEntry(
    ServerTimestamp timestamp, String ip, String user, String title, String message) {

  /** Reads one item. */
  public static HistoryEntry from(ResponseData data) {
    return new HistoryEntry(
        new ServerTimestamp(data.textOrEmpty("ts")),
        data.textOrEmpty("ip"),
        data.textOrEmpty("user"),
        data.textOrEmpty("title"),
        data.textOrEmpty("message"));
  }
}
