package org.regdesk.app.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Formats times for pages, the same way everywhere: {@code ${@deskTime.format(domain.expiresAt)}}
 * gives {@code 2026-03-01 14:05 UTC}.
 */
@Component("deskTime")
public class DeskTime {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /**
   * An instant to the minute, in UTC.
   *
   * @param instant the time, or null
   * @return the text, or an empty string for null
   */
  public String format(Instant instant) {
    return instant == null ? "" : MINUTES.format(instant);
  }
}
