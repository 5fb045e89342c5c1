package org.regdesk.app.domain.sync;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdesk.app.domain.DomainState;
import org.regdesk.app.storage.SqlTime;
import org.regdesk.registrar.spi.value.RenewalMode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * The {@code domains} columns a sync reads and writes: a plugin's domains in one query, changed
 * rows as JDBC batches.
 */
@Repository
public class SyncRepository {

  /** Rows per JDBC batch and per id list. */
  static final int BATCH = 1000;

  private final NamedParameterJdbcTemplate jdbc;

  /**
   * Creates the repository.
   *
   * @param jdbc the database
   */
  public SyncRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Every domain of a plugin with the columns a sync touches.
   *
   * @param plugin the plugin's stable name
   * @return the domains
   */
  List<SyncedDomain> domainsOf(String plugin) {
    return jdbc.query(
        """
        SELECT id, name, status, registrar_domain_id, registrar_status, registered_on, expires_on,
               transfer_lock, privacy, renewal_mode, created_at, updated_at
          FROM domains
         WHERE plugin = :plugin
        """,
        Map.of("plugin", plugin),
        (rs, n) -> row(rs));
  }

  /**
   * One domain with the columns a sync touches.
   *
   * @param id the domain's id
   * @return the domain, if it exists
   */
  Optional<SyncedDomain> domain(long id) {
    return jdbc
        .query(
            """
            SELECT id, name, status, registrar_domain_id, registrar_status, registered_on,
                   expires_on, transfer_lock, privacy, renewal_mode, created_at, updated_at
              FROM domains
             WHERE id = :id
            """,
            Map.of("id", id),
            (rs, n) -> row(rs))
        .stream()
        .findFirst();
  }

  /**
   * Writes changed domains as one JDBC batch. A row changed by someone else since it was read (an
   * order finishing meanwhile) is left alone: the next sync reads it again.
   *
   * @param chunk the domains as they should be, at most a few thousand
   * @param at when the registrar was read
   * @return how many rows were written
   */
  int update(List<SyncedDomain> chunk, Instant at) {
    {
      SqlParameterSource[] batch = new SqlParameterSource[chunk.size()];
      for (int i = 0; i < chunk.size(); i++) {
        SyncedDomain d = chunk.get(i);
        batch[i] =
            new MapSqlParameterSource()
                .addValue("id", d.id())
                .addValue("status", d.state().name())
                .addValue("registrarDomainId", d.registrarDomainId().orElse(null))
                .addValue("registrarStatus", d.registrarStatus().orElse(null))
                .addValue("registeredOn", d.registeredOn().map(Date::valueOf).orElse(null))
                .addValue("expiresOn", d.expiresOn().map(Date::valueOf).orElse(null))
                .addValue("transferLock", d.transferLock().orElse(null))
                .addValue("privacy", d.privacy().orElse(null))
                .addValue("renewalMode", d.renewalMode().map(Enum::name).orElse(null))
                .addValue("seen", SqlTime.toSql(d.updatedAt()))
                .addValue("at", SqlTime.toSql(at));
      }
      int written = 0;
      for (int count :
          jdbc.batchUpdate(
              """
          UPDATE domains
             SET status = :status, registrar_domain_id = :registrarDomainId,
                 registrar_status = :registrarStatus, registered_on = :registeredOn,
                 expires_on = :expiresOn, transfer_lock = :transferLock, privacy = :privacy,
                 renewal_mode = :renewalMode, last_synced_at = :at, updated_at = :at
           WHERE id = :id AND updated_at = :seen
          """,
              batch)) {
        written += Math.max(0, count);
      }
      return written;
    }
  }

  private static SyncedDomain row(ResultSet rs) throws SQLException {
    String renewal = rs.getString("renewal_mode");
    return new SyncedDomain(
        rs.getLong("id"),
        rs.getString("name"),
        DomainState.valueOf(rs.getString("status")),
        Optional.ofNullable(rs.getString("registrar_domain_id")),
        Optional.ofNullable(rs.getString("registrar_status")),
        Optional.ofNullable(rs.getObject("registered_on", LocalDate.class)),
        Optional.ofNullable(rs.getObject("expires_on", LocalDate.class)),
        bool(rs, "transfer_lock"),
        bool(rs, "privacy"),
        Optional.ofNullable(renewal).map(RenewalMode::valueOf),
        SqlTime.instant(rs, "created_at"),
        SqlTime.instant(rs, "updated_at"));
  }

  private static Optional<Boolean> bool(ResultSet rs, String column) throws SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(value);
  }
}
