package org.regdesk.app.registrar;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdesk.app.registrar.StoredConfiguration.StoredValue;
import org.regdesk.app.storage.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code registrar_configurations} and {@code registrar_setting_values}. Call {@link
 * #save} inside a transaction: it writes the configuration row and replaces its values.
 */
@Repository
class RegistrarConfigurationRepository {

  private final JdbcClient jdbc;

  /**
   * Creates the repository.
   *
   * @param jdbc the database
   */
  RegistrarConfigurationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A plugin's stored configuration.
   *
   * @param plugin the plugin's stable name
   * @return the configuration, or empty when the plugin was never configured
   */
  Optional<StoredConfiguration> find(String plugin) {
    Optional<Stamp> stamp =
        jdbc.sql(
                "SELECT plugin, revision, updated_at, updated_by FROM registrar_configurations"
                    + " WHERE plugin = :plugin")
            .param("plugin", plugin)
            .query(
                (rs, row) ->
                    new Stamp(
                        rs.getString("plugin"),
                        rs.getLong("revision"),
                        SqlTime.instant(rs, "updated_at"),
                        rs.getString("updated_by")))
            .optional();
    if (stamp.isEmpty()) {
      return Optional.empty();
    }
    Map<String, StoredValue> values = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT setting_key, setting_value, encrypted FROM registrar_setting_values"
                + " WHERE plugin = :plugin ORDER BY setting_key")
        .param("plugin", plugin)
        .query(
            (rs, row) ->
                new StoredValue(
                    rs.getString("setting_key"),
                    rs.getString("setting_value"),
                    rs.getBoolean("encrypted")))
        .list()
        .forEach(value -> values.put(value.key(), value));
    Stamp found = stamp.get();
    return Optional.of(
        new StoredConfiguration(
            found.plugin(), found.revision(), found.updatedAt(), found.updatedBy(), values));
  }

  /**
   * The revision of a plugin's configuration: a cheap check whether it changed.
   *
   * @param plugin the plugin's stable name
   * @return the revision, or empty when the plugin was never configured
   */
  Optional<Long> revision(String plugin) {
    return jdbc.sql("SELECT revision FROM registrar_configurations WHERE plugin = :plugin")
        .param("plugin", plugin)
        .query(Long.class)
        .optional();
  }

  /**
   * Every stored configuration's plugin, revision and last save.
   *
   * @return the stamps by plugin name
   */
  Map<String, Stamp> stamps() {
    Map<String, Stamp> stamps = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT plugin, revision, updated_at, updated_by FROM registrar_configurations"
                + " ORDER BY plugin")
        .query(
            (rs, row) ->
                new Stamp(
                    rs.getString("plugin"),
                    rs.getLong("revision"),
                    SqlTime.instant(rs, "updated_at"),
                    rs.getString("updated_by")))
        .list()
        .forEach(stamp -> stamps.put(stamp.plugin(), stamp));
    return stamps;
  }

  /**
   * Stores a configuration, replacing the plugin's earlier one, and raises its revision.
   *
   * @param plugin the plugin's stable name
   * @param values the values to keep (secrets already sealed)
   * @param at when
   * @param by who
   * @return the new revision
   */
  long save(String plugin, List<StoredValue> values, Instant at, String by) {
    Optional<Long> current = revision(plugin);
    long revision = current.map(r -> r + 1).orElse(1L);
    if (current.isPresent()) {
      jdbc.sql(
              "UPDATE registrar_configurations SET revision = :revision, updated_at = :at,"
                  + " updated_by = :by WHERE plugin = :plugin")
          .param("revision", revision)
          .param("at", SqlTime.toSql(at))
          .param("by", by)
          .param("plugin", plugin)
          .update();
      jdbc.sql("DELETE FROM registrar_setting_values WHERE plugin = :plugin")
          .param("plugin", plugin)
          .update();
    } else {
      jdbc.sql(
              "INSERT INTO registrar_configurations (plugin, revision, updated_at, updated_by)"
                  + " VALUES (:plugin, :revision, :at, :by)")
          .param("plugin", plugin)
          .param("revision", revision)
          .param("at", SqlTime.toSql(at))
          .param("by", by)
          .update();
    }
    for (StoredValue value : values) {
      jdbc.sql(
              "INSERT INTO registrar_setting_values (plugin, setting_key, setting_value, encrypted)"
                  + " VALUES (:plugin, :key, :value, :encrypted)")
          .param("plugin", plugin)
          .param("key", value.key())
          .param("value", value.text())
          .param("encrypted", value.encrypted())
          .update();
    }
    return revision;
  }

  /**
   * A configuration's plugin, revision and last save.
   *
   * @param plugin the plugin's stable name
   * @param revision raised by every save
   * @param updatedAt when it was last saved
   * @param updatedBy who saved it
   */
  record Stamp(String plugin, long revision, Instant updatedAt, String updatedBy) {}
}
