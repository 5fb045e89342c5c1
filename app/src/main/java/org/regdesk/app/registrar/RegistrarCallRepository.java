package org.regdesk.app.registrar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.storage.SqlTime;
import org.regdesk.registrar.spi.audit.CallOutcome;
import org.regdesk.registrar.spi.audit.RegistrarCall;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table {@code registrar_calls}: inserted once per registrar call, read newest first by domain,
 * by plugin, or across plugins.
 */
@Repository
class RegistrarCallRepository {

  /** The longest stored parameter value; longer ones are cut (a mask is short anyway). */
  static final int MAX_VALUE_LENGTH = 1000;

  /** What the parameters column holds at most, as JSON. */
  static final int MAX_PARAMETERS_LENGTH = 16_000;

  private static final String COLUMNS =
      "id, plugin, action, domain, started_at, duration_ms, outcome, registrar_code, parameters,"
          + " trigger_kind, trigger_name";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<LinkedHashMap<String, String>> PARAMETERS =
      new TypeReference<>() {};

  private final JdbcClient jdbc;

  /**
   * Creates the repository.
   *
   * @param jdbc the database
   */
  RegistrarCallRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores one call.
   *
   * @param plugin the plugin that made it
   * @param call the call, parameters masked
   * @param trigger who or what caused it
   * @return the new row's id
   */
  long insert(String plugin, RegistrarCall call, Trigger trigger) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO registrar_calls (plugin, action, domain, started_at, duration_ms, outcome,"
                + " registrar_code, parameters, trigger_kind, trigger_name) VALUES (:plugin,"
                + " :action, :domain, :startedAt, :durationMs, :outcome, :code, :parameters,"
                + " :triggerKind, :triggerName)")
        .param("plugin", plugin)
        .param("action", call.action())
        .param("domain", call.domain().map(d -> d.ascii()).orElse(null))
        .param("startedAt", SqlTime.toSql(call.startedAt()))
        .param("durationMs", call.duration().toMillis())
        .param("outcome", call.outcome().name())
        .param("code", call.registrarCode().orElse(null))
        .param("parameters", json(call.parameters()))
        .param("triggerKind", trigger.kind().name())
        .param("triggerName", trigger.name())
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  /**
   * One page of calls, newest first.
   *
   * @param filter which calls
   * @param page which page
   * @return the calls
   */
  List<RecordedCall> find(Filter filter, PageRequest page) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM registrar_calls"
                + filter.where()
                + " ORDER BY started_at DESC, id DESC LIMIT :limit OFFSET :offset")
        .params(filter.params())
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(RegistrarCallRepository::call)
        .list();
  }

  /**
   * How many calls a filter matches.
   *
   * @param filter which calls
   * @return the count
   */
  long count(Filter filter) {
    return jdbc.sql("SELECT COUNT(*) FROM registrar_calls" + filter.where())
        .params(filter.params())
        .query(Long.class)
        .single();
  }

  private static RecordedCall call(ResultSet rs, int row) throws SQLException {
    return new RecordedCall(
        rs.getLong("id"),
        rs.getString("plugin"),
        rs.getString("action"),
        Optional.ofNullable(rs.getString("domain")),
        SqlTime.instant(rs, "started_at"),
        Duration.ofMillis(rs.getLong("duration_ms")),
        outcome(rs.getString("outcome")),
        Optional.ofNullable(rs.getString("registrar_code")),
        JSON.readValue(rs.getString("parameters"), PARAMETERS),
        new Trigger(
            Trigger.Kind.valueOf(rs.getString("trigger_kind")), rs.getString("trigger_name")));
  }

  private static CallOutcome outcome(String stored) {
    try {
      return CallOutcome.valueOf(stored);
    } catch (IllegalArgumentException unknown) {
      // written by a newer SPI than this desk knows: still show the row
      return CallOutcome.PLUGIN_ERROR;
    }
  }

  /**
   * The parameters as a JSON object that fits the column: long values cut, and parameters beyond
   * the column's size left out with a note of how many.
   */
  static String json(Map<String, String> parameters) {
    Map<String, String> kept = new LinkedHashMap<>();
    List<Map.Entry<String, String>> entries = new ArrayList<>(parameters.entrySet());
    int budget = MAX_PARAMETERS_LENGTH - 100;
    int used = 2;
    for (int i = 0; i < entries.size(); i++) {
      String key = cut(entries.get(i).getKey(), 100);
      String value = cut(entries.get(i).getValue(), MAX_VALUE_LENGTH);
      int size = JSON.writeValueAsString(Map.of(key, value)).length();
      if (used + size > budget) {
        kept.put("…", (entries.size() - i) + " more parameters not stored");
        break;
      }
      kept.put(key, value);
      used += size;
    }
    return JSON.writeValueAsString(kept);
  }

  private static String cut(String text, int length) {
    if (text == null) {
      return "";
    }
    return text.length() <= length ? text : text.substring(0, length) + "…";
  }

  /**
   * Which calls to read.
   *
   * @param plugin only this plugin's calls, if given
   * @param domain only calls about this domain (ASCII form), if given
   */
  record Filter(Optional<String> plugin, Optional<String> domain) {

    /** Every call. */
    static final Filter ALL = new Filter(Optional.empty(), Optional.empty());

    String where() {
      List<String> conditions = new ArrayList<>();
      plugin.ifPresent(p -> conditions.add("plugin = :plugin"));
      domain.ifPresent(d -> conditions.add("domain = :domain"));
      return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    Map<String, Object> params() {
      Map<String, Object> params = new LinkedHashMap<>();
      plugin.ifPresent(p -> params.put("plugin", p));
      domain.ifPresent(d -> params.put("domain", d));
      return params;
    }
  }
}
