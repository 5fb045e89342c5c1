package org.regdesk.app.registrar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.regdesk.app.ConflictException;
import org.regdesk.app.config.RegdeskProperties;
import org.regdesk.registrar.spi.operation.ConnectionReport;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@code registrars} under {@code /actuator/health}: the connection test of every configured
 * plugin. UP when all pass, DOWN when one cannot reach its registrar or is refused, UNKNOWN when no
 * plugin is configured.
 *
 * <p>Each plugin's report is reused for {@code regdesk.registrars.health-cache-time} by the desk's
 * clock, so frequent health probes do not turn into registrar calls. Details (shown to admin tokens
 * only) hold the plugin's reachability, authentication, environment, balance and the report's text,
 * which plugins keep free of secrets; no setting value is ever included.
 */
@Component("registrarsHealthIndicator")
public class RegistrarsHealthIndicator implements HealthIndicator {

  private final Registrars registrars;
  private final RegistrarConfigurations configurations;
  private final Clock clock;
  private final Duration timeToLive;
  private final Map<String, Checked> checks = new ConcurrentHashMap<>();

  /**
   * Creates the indicator.
   *
   * @param registrars the plugins
   * @param configurations which plugins are configured
   * @param clock the desk's clock
   * @param properties the desk's settings
   */
  public RegistrarsHealthIndicator(
      Registrars registrars,
      RegistrarConfigurations configurations,
      Clock clock,
      RegdeskProperties properties) {
    this.registrars = registrars;
    this.configurations = configurations;
    this.clock = clock;
    this.timeToLive = properties.registrars().healthCacheTime();
  }

  @Override
  public Health health() {
    Map<String, Object> details = new LinkedHashMap<>();
    boolean anyConfigured = false;
    boolean allUp = true;
    for (PluginStatus status : configurations.statuses()) {
      if (!status.configured()) {
        continue;
      }
      anyConfigured = true;
      Checked checked = check(status.plugin().name());
      allUp &= checked.up();
      details.put(status.plugin().name(), checked.details());
    }
    Health.Builder health = !anyConfigured ? Health.unknown() : allUp ? Health.up() : Health.down();
    if (!anyConfigured) {
      details.put("reason", "no registrar plugin is configured");
    }
    return health.withDetails(details).build();
  }

  private Checked check(String plugin) {
    Instant now = clock.instant();
    Checked cached = checks.get(plugin);
    if (cached != null && now.isBefore(cached.at().plus(timeToLive))) {
      return cached;
    }
    Checked fresh;
    try (Trigger.Scope scope = Trigger.system("health check").enter()) {
      fresh = Checked.of(registrars.testConnection(plugin), now);
    } catch (ConflictException unusable) {
      fresh = Checked.unusable(unusable.getMessage(), now);
    }
    checks.put(plugin, fresh);
    return fresh;
  }

  /**
   * Forgets a plugin's last check when its settings change.
   *
   * @param saved the event
   */
  @TransactionalEventListener
  public void settingsSaved(RegistrarSettingsSaved saved) {
    checks.remove(saved.plugin());
  }

  private record Checked(boolean up, Map<String, Object> details, Instant at) {

    static Checked of(ConnectionReport report, Instant at) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("status", report.isOk() ? "UP" : "DOWN");
      details.put("reachable", report.reachable());
      details.put("authenticated", report.authenticated());
      details.put("environment", report.environment());
      details.put("production", report.production());
      report.balance().ifPresent(balance -> details.put("balance", balance.toString()));
      report.detail().ifPresent(detail -> details.put("detail", detail));
      details.put("checkedAt", at.toString());
      return new Checked(report.isOk(), details, at);
    }

    static Checked unusable(String reason, Instant at) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("status", "DOWN");
      details.put("detail", reason);
      details.put("checkedAt", at.toString());
      return new Checked(false, details, at);
    }
  }
}
