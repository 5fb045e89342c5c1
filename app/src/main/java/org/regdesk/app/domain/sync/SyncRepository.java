package org.regdesk.app.domain.sync;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 * The {@code domains} columns a sync reads and writes, in batches: a plugin's domains in one query,
 * changed rows as JDBC batches, unchanged rows' sync time by id lists.
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
               transfer_lock, privacy, renewal_mode, created_at
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
                   expires_on, transfer_lock, privacy, renewal_mode, created_at
              FROM domains
             WHERE id = :id
            """,
            Map.of("id", id),
            (rs, n) -> row(rs))
        .stream()
        .findFirst();
  }

  /**
   * Writes the changed domains, in JDBC batches.
   *
   * @param changed the domains as they should be
   * @param at when the registrar was read
   */
  void update(List<SyncedDomain> changed, Instant at) {
    for (int from = 0; from < changed.size(); from += BATCH) {
      List<SyncedDomain> chunk = changed.subList(from, Math.min(changed.size(), from + BATCH));
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
                .addValue("at", SqlTime.toSql(at));
      }
      jdbc.batchUpdate(
          """
          UPDATE domains
             SET status = :status, registrar_domain_id = :registrarDomainId,
                 registrar_status = :registrarStatus, registered_on = :registeredOn,
                 expires_on = :expiresOn, transfer_lock = :transferLock, privacy = :privacy,
                 renewal_mode = :renewalMode, last_synced_at = :at, updated_at = :at
           WHERE id = :id
          """,
          batch);
    }
  }

  /**
   * Records that the registrar confirmed domains as they are.
   *
   * @param ids the domains' ids
   * @param at when the registrar was read
   */
  void touch(List<Long> ids, Instant at) {
    for (int from = 0; from < ids.size(); from += BATCH) {
      Map<String, Object> params = new HashMap<>();
      params.put("ids", new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + BATCH))));
      params.put("at", SqlTime.toSql(at));
      jdbc.update("UPDATE domains SET last_synced_at = :at WHERE id IN (:ids)", params);
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
        SqlTime.instant(rs, "created_at"));
  }

  private static Optional<Boolean> bool(ResultSet rs, String column) throws SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(value);
  }
}
