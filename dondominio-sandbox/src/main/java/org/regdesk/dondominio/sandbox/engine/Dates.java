package org.regdesk.dondominio.sandbox.engine;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The engine's compact time units and their wire spellings. Days are UTC epoch days ({@code int}),
 * instants are epoch minutes or seconds; {@link #NONE} marks an unknown date ({@code tsExpir: ""}).
 */
final class Dates {
  static final int NONE = Integer.MIN_VALUE;
  static final int MINUTES_PER_DAY = 1440;
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private Dates() {}

  /** {@code YYYY-MM-DD}, or {@code ""} for {@link #NONE}. */
  static String day(int epochDay) {
    return epochDay == NONE ? "" : LocalDate.ofEpochDay(epochDay).toString();
  }

  /** {@code YYYY-MM-DD HH:MM:SS} (UTC). */
  static String timestamp(long epochSecond) {
    return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC).format(TIMESTAMP);
  }

  static int dayOfMinute(long epochMinute) {
    return (int) Math.floorDiv(epochMinute, MINUTES_PER_DAY);
  }

  static long startOfDayMinute(int epochDay) {
    return (long) epochDay * MINUTES_PER_DAY;
  }

  static int plusYears(int epochDay, int years) {
    return (int) LocalDate.ofEpochDay(epochDay).plusYears(years).toEpochDay();
  }

  /**
   * {@code curExpDate} as {@code YYYYMMDD} or {@code YYYY-MM-DD}; 105 naming {@code field} for
   * anything else or an impossible date.
   */
  static int parseExpiryGuard(String field, String text) {
    String iso;
    if (text.length() == 8 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      iso = text.substring(0, 4) + "-" + text.substring(4, 6) + "-" + text.substring(6);
    } else {
      iso = text;
    }
    return parseIsoDay(field, iso, "expected YYYYMMDD or YYYY-MM-DD");
  }

  /** A {@code YYYY-MM-DD} date; 105 naming {@code field} otherwise. */
  static int parseIsoDay(String field, String text) {
    return parseIsoDay(field, text, "expected a date YYYY-MM-DD");
  }

  private static int parseIsoDay(String field, String text, String rule) {
    if (text.length() != 10
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || !digits(text, 0, 4)
        || !digits(text, 5, 7)
        || !digits(text, 8, 10)) {
      throw ApiError.invalid(field, rule);
    }
    try {
      return (int) LocalDate.parse(text).toEpochDay();
    } catch (DateTimeException e) {
      throw ApiError.invalid(field, rule);
    }
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
