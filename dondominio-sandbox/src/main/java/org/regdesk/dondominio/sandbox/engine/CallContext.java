package org.regdesk.dondominio.sandbox.engine;

/**
 * The circumstances of one call: the sandbox time it runs at (read once), the caller's address and
 * the API user, for responses and history lines.
 */
record CallContext(long epochSecond, String ip, String user) {

  long minute() {
    return Math.floorDiv(epochSecond, 60);
  }

  /**
   * The first whole minute not before now: transitions scheduled "N minutes after this call" are
   * due at {@code nextMinute() + N}.
   */
  long nextMinute() {
    return Math.floorDiv(epochSecond + 59, 60);
  }

  int today() {
    return (int) Math.floorDiv(epochSecond, 86_400);
  }

  HistoryEntry history(String title, String message) {
    return new HistoryEntry(epochSecond, ip, user, title, message);
  }
}
