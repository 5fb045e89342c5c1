package org.regdesk.dondominio.sandbox.engine;

/**
 * One line of {@code domain/gethistory}.
 *
 * @param epochSecond when it happened
 * @param ip the caller's address; empty for automatic transitions
 * @param user the API user; {@code system} for automatic transitions
 */
record HistoryEntry(long epochSecond, String ip, String user, String title, String message) {
  static final String SYSTEM = "system";
}
