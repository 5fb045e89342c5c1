package org.regdesk.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regdesk.app.registrar.ConfigurationView;
import org.regdesk.app.registrar.PluginStatus;
import org.regdesk.app.registrar.RegistrarConfigurations;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.registrar.SettingState;
import org.regdesk.app.registrar.SettingsChange;
import org.regdesk.app.storage.Page;
import org.regdesk.registrar.spi.descriptor.ChoiceOption;
import org.regdesk.registrar.spi.descriptor.SettingDefinition;
import org.regdesk.registrar.spi.operation.ConnectionReport;
import org.regdesk.registrar.spi.value.Money;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/registrars}: the registrar plugins, their configured state, their settings
 * (secrets only as "set" or "not set"), saving settings and testing the connection.
 */
@RestController
@RequestMapping("/api/v1/registrars")
public class RegistrarsApiController {

  private final Registrars registrars;
  private final RegistrarConfigurations configurations;

  /**
   * Creates the controller.
   *
   * @param registrars the plugins
   * @param configurations their settings
   */
  public RegistrarsApiController(Registrars registrars, RegistrarConfigurations configurations) {
    this.registrars = registrars;
    this.configurations = configurations;
  }

  /**
   * Lists the loaded plugins.
   *
   * @param page the page number, from 1
   * @param size rows per page
   * @return the page
   */
  @GetMapping
  @Operation(summary = "List the registrar plugins and whether each is configured")
  public ApiPage<PluginResponse> list(
      @RequestParam(defaultValue = ApiPaging.DEFAULT_PAGE) int page,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_SIZE) int size) {
    var request = ApiPaging.request(page, size);
    List<PluginStatus> all = configurations.statuses();
    int from = (int) Math.min(all.size(), request.offset());
    int to = Math.min(all.size(), from + request.size());
    return ApiPage.of(new Page<>(all.subList(from, to), request, all.size()), PluginResponse::of);
  }

  /**
   * One plugin.
   *
   * @param name the plugin's stable name
   * @return the plugin
   */
  @GetMapping("/{name}")
  @Operation(summary = "Read one registrar plugin: version, source, capabilities, configured state")
  public PluginResponse get(@PathVariable String name) {
    registrars.plugin(name);
    return configurations.statuses().stream()
        .filter(status -> status.plugin().name().equals(name))
        .findFirst()
        .map(PluginResponse::of)
        .orElseThrow();
  }

  /**
   * A plugin's settings.
   *
   * @param name the plugin's stable name
   * @return every setting of its schema; secrets only as "set" or "not set"
   */
  @GetMapping("/{name}/settings")
  @Operation(
      summary = "Read a registrar plugin's settings",
      description = "Secrets are never returned: their 'secret' field says 'set' or 'not set'.")
  public SettingsResponse settings(@PathVariable String name) {
    return SettingsResponse.of(configurations.view(name));
  }

  /**
   * Replaces a plugin's settings.
   *
   * @param name the plugin's stable name
   * @param values the new values by setting key
   * @param authentication the caller
   * @return the settings as now stored
   */
  @PutMapping("/{name}/settings")
  @Operation(
      summary = "Save a registrar plugin's settings",
      description =
          "The body maps setting keys to values, e.g. {\"apiUsername\": \"me\", \"apiKey\":"
              + " \"...\"}. A setting left out or blank is not set (its default applies); a"
              + " secret left out or blank keeps its stored value, and a secret sent as null is"
              + " removed. Every value is checked against the plugin's schema and by the plugin;"
              + " errors name the setting key, and nothing is saved then.")
  public SettingsResponse save(
      @PathVariable String name,
      @RequestBody Map<String, String> values,
      Authentication authentication) {
    Map<String, String> given = new LinkedHashMap<>();
    Set<String> cleared = new HashSet<>();
    values.forEach(
        (key, value) -> {
          if (value == null) {
            cleared.add(key);
          }
          given.put(key, value);
        });
    ConfigurationView view = configurations.view(name);
    // null clears a secret; for other settings it just means "not set"
    cleared.removeIf(
        key ->
            view.plugin()
                .descriptor()
                .settings()
                .definition(key)
                .map(d -> !d.isSecret())
                .orElse(true));
    return SettingsResponse.of(
        configurations.save(name, new SettingsChange(given, cleared), authentication.getName()));
  }

  /**
   * Tests the stored settings.
   *
   * @param name the plugin's stable name
   * @return the report
   */
  @PostMapping("/{name}/connection-test")
  @Operation(
      summary = "Test a configured registrar plugin's connection",
      description =
          "Calls the registrar with the stored settings: reachability, credentials, balance and"
              + " environment. Registrar trouble is reported in the body (ok = false), not as an"
              + " error status; 409 when the plugin is not configured.")
  public ConnectionTestResponse testConnection(@PathVariable String name) {
    return ConnectionTestResponse.of(registrars.testConnection(name));
  }

  /**
   * A plugin as listed.
   *
   * @param name the stable name
   * @param displayName the name shown in menus
   * @param version the plugin's version
   * @param source {@code the application class path} or the jar it was loaded from
   * @param builtIn whether it came with the desk
   * @param configured whether its settings were saved
   * @param savedAt when they were last saved, or null
   * @param savedBy who saved them, or null
   * @param capabilities what it can do, for TLDs in general
   */
  public record PluginResponse(
      String name,
      String displayName,
      String version,
      String source,
      boolean builtIn,
      boolean configured,
      Instant savedAt,
      String savedBy,
      List<String> capabilities) {

    static PluginResponse of(PluginStatus status) {
      var plugin = status.plugin();
      return new PluginResponse(
          plugin.name(),
          plugin.displayName(),
          plugin.version(),
          plugin.source(),
          plugin.builtIn(),
          status.configured(),
          status.saved().map(s -> s.savedAt()).orElse(null),
          status.saved().map(s -> s.savedBy()).orElse(null),
          plugin.descriptor().capabilities().supported().stream().map(Enum::name).toList());
    }
  }

  /**
   * A plugin's settings.
   *
   * @param plugin the plugin's stable name
   * @param configured whether they were saved
   * @param savedAt when, or null
   * @param savedBy by whom, or null
   * @param settings every setting of the schema, in form order
   */
  public record SettingsResponse(
      String plugin,
      boolean configured,
      Instant savedAt,
      String savedBy,
      List<SettingResponse> settings) {

    static SettingsResponse of(ConfigurationView view) {
      return new SettingsResponse(
          view.plugin().name(),
          view.configured(),
          view.saved().map(s -> s.savedAt()).orElse(null),
          view.saved().map(s -> s.savedBy()).orElse(null),
          view.settings().stream().map(SettingResponse::of).toList());
    }
  }

  /**
   * One setting.
   *
   * @param key the stable key, used in the body of a save
   * @param label the label
   * @param type {@code TEXT}, {@code SECRET}, {@code YES_NO}, {@code CHOICE} or {@code
   *     READ_ONLY_TEXT}
   * @param required whether a value must be given
   * @param description help text
   * @param defaultValue the value in force when none is stored, or null
   * @param options a choice's options
   * @param value the stored value, or null (always null for secrets)
   * @param secret for secrets {@code set}, {@code not set} or {@code unreadable}; null otherwise
   */
  public record SettingResponse(
      String key,
      String label,
      String type,
      boolean required,
      String description,
      String defaultValue,
      List<OptionResponse> options,
      String value,
      String secret) {

    static SettingResponse of(SettingState state) {
      SettingDefinition definition = state.definition();
      return new SettingResponse(
          definition.key(),
          definition.label(),
          definition.type().name(),
          definition.required(),
          definition.description(),
          definition.defaultValue().orElse(null),
          definition.options().stream().map(OptionResponse::of).toList(),
          state.value().orElse(null),
          switch (state.secret()) {
            case NOT_SECRET -> null;
            case SET -> "set";
            case NOT_SET -> "not set";
            case UNREADABLE -> "unreadable";
          });
    }
  }

  /**
   * One option of a choice.
   *
   * @param value the value to send
   * @param label the label
   */
  public record OptionResponse(String value, String label) {
    static OptionResponse of(ChoiceOption option) {
      return new OptionResponse(option.value(), option.label());
    }
  }

  /**
   * An amount.
   *
   * @param amount the amount
   * @param currency the ISO 4217 code
   */
  public record MoneyResponse(BigDecimal amount, String currency) {
    static MoneyResponse of(Money money) {
      return new MoneyResponse(money.amount(), money.currency().getCurrencyCode());
    }
  }

  /**
   * The result of a connection test.
   *
   * @param ok reachable and authenticated
   * @param reachable whether the registrar answered
   * @param authenticated whether it accepted the credentials
   * @param balance the account balance, or null
   * @param lowBalanceThreshold the balance below which the registrar warns, or null
   * @param environment e.g. {@code sandbox} or {@code production}
   * @param production whether calls move real money and real domains
   * @param detail what went wrong, or the registrar's greeting; never a secret
   */
  public record ConnectionTestResponse(
      boolean ok,
      boolean reachable,
      boolean authenticated,
      MoneyResponse balance,
      MoneyResponse lowBalanceThreshold,
      String environment,
      boolean production,
      String detail) {

    static ConnectionTestResponse of(ConnectionReport report) {
      return new ConnectionTestResponse(
          report.isOk(),
          report.reachable(),
          report.authenticated(),
          report.balance().map(MoneyResponse::of).orElse(null),
          report.lowBalanceThreshold().map(MoneyResponse::of).orElse(null),
          report.environment(),
          report.production(),
          report.detail().orElse(null));
    }
  }
}
