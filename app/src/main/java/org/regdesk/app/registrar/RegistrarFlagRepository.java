package org.regdesk.app.registrar;

import java.util.List;
import java.util.Optional;
import org.regdesk.app.storage.SqlTime;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code registrar_flags} table. */
@Repository
class RegistrarFlagRepository {

  private static final RowMapper<RegistrarFlag> ROW =
      (rs, n) ->
          new RegistrarFlag(
              rs.getString("plugin"), rs.getString("message"), SqlTime.instant(rs, "flagged_at"));

  private final JdbcClient jdbc;

  RegistrarFlagRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<RegistrarFlag> find(String plugin) {
    return jdbc.sql("SELECT * FROM registrar_flags WHERE plugin = :plugin")
        .param("plugin", plugin)
        .query(ROW)
        .optional();
  }

  List<RegistrarFlag> all() {
    return jdbc.sql("SELECT * FROM registrar_flags ORDER BY plugin").query(ROW).list();
  }

  /** Sets the flag; an existing one keeps its time and takes the new message. */
  void put(RegistrarFlag flag) {
    int updated =
        jdbc.sql("UPDATE registrar_flags SET message = :message WHERE plugin = :plugin")
            .param("message", flag.message())
            .param("plugin", flag.plugin())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO registrar_flags (plugin, message, flagged_at)"
                  + " VALUES (:plugin, :message, :at)")
          .param("plugin", flag.plugin())
          .param("message", flag.message())
          .param("at", SqlTime.toSql(flag.flaggedAt()))
          .update();
    }
  }

  boolean delete(String plugin) {
    return jdbc.sql("DELETE FROM registrar_flags WHERE plugin = :plugin")
            .param("plugin", plugin)
            .update()
        > 0;
  }
}
