package org.regdesk.app.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Moves instants in and out of {@code TIMESTAMP WITH TIME ZONE} columns the same way on H2 and
 * PostgreSQL (the PostgreSQL driver does not bind {@link Instant}; both bind {@link
 * OffsetDateTime}).
 */
public final class SqlTime {

  private SqlTime() {}

  /**
   * The value to bind for an instant.
   *
   * @param instant the instant, or null
   * @return the same instant at UTC, or null
   */
  public static OffsetDateTime toSql(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /**
   * Reads an instant column.
   *
   * @param rs the row
   * @param column the column name
   * @return the instant, or null for SQL NULL
   * @throws SQLException when the column cannot be read
   */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
