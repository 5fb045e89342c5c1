package org.regdesk.app.registrar;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.regdesk.app.config.SandboxEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: points the DonDominio plugin at the in-process sandbox so the desk works out of the
 * box. At the first start (no DonDominio configuration yet) it stores one with environment {@code
 * custom}, the sandbox's URL and its credentials, saved like any other (secrets sealed). The
 * sandbox listens on a new port at every start, so at later starts a configuration that still
 * points at a sandbox on this machine with the sandbox's user gets the new URL; one the admin
 * pointed elsewhere is left alone.
 */
@Component
class DemoRegistrarConfiguration {

  /** The built-in plugin's name and the stable keys of its settings (its README). */
  static final String PLUGIN = "dondominio";

  static final String API_USERNAME = "apiUsername";
  static final String API_KEY = "apiKey";
  static final String ENVIRONMENT = "environment";
  static final String CUSTOM_URL = "customUrl";
  static final String CUSTOM = "custom";

  /** Who the configuration was saved by. */
  static final String ACTOR = "demo mode";

  private static final Logger LOG = LoggerFactory.getLogger(DemoRegistrarConfiguration.class);

  private final ObjectProvider<SandboxEndpoint> sandbox;
  private final RegistrarConfigurations configurations;

  /**
   * Creates the set-up.
   *
   * @param sandbox the demo sandbox, present in demo mode only
   * @param configurations the stored settings
   */
  DemoRegistrarConfiguration(
      ObjectProvider<SandboxEndpoint> sandbox, RegistrarConfigurations configurations) {
    this.sandbox = sandbox;
    this.configurations = configurations;
  }

  /**
   * Stores or updates the demo configuration once the desk is up (the database is migrated).
   *
   * @param ready the event
   */
  @EventListener
  @Order(0) // before the demo catalogue, which imports prices through this configuration
  public void onReady(ApplicationReadyEvent ready) {
    SandboxEndpoint endpoint = sandbox.getIfAvailable();
    if (endpoint != null) {
      pointAt(endpoint);
    }
  }

  /**
   * Points the DonDominio plugin at a sandbox, as described on the class.
   *
   * @param endpoint the sandbox
   */
  void pointAt(SandboxEndpoint endpoint) {
    Optional<ConfigurationView> current =
        configurations.statuses().stream()
            .filter(status -> status.plugin().name().equals(PLUGIN))
            .findFirst()
            .map(status -> configurations.view(PLUGIN));
    if (current.isEmpty()) {
      LOG.warn("Demo mode: the DonDominio plugin is not installed; no registrar is configured");
      return;
    }
    try (Trigger.Scope scope = Trigger.system(ACTOR).enter()) {
      ConfigurationView view = current.get();
      String url = endpoint.uri().toString();
      if (!view.configured()) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ENVIRONMENT, CUSTOM);
        values.put(CUSTOM_URL, url);
        values.put(API_USERNAME, endpoint.apiUser());
        values.put(API_KEY, endpoint.apiPassword());
        configurations.save(PLUGIN, SettingsChange.of(values), ACTOR);
        LOG.info("Demo mode: the DonDominio plugin now calls the sandbox at {}", url);
      } else if (pointsAtASandbox(view, endpoint) && !url.equals(value(view, CUSTOM_URL))) {
        Map<String, String> values = new LinkedHashMap<>();
        for (SettingState setting : view.settings()) {
          setting.value().ifPresent(v -> values.put(setting.key(), v));
        }
        values.put(CUSTOM_URL, url);
        configurations.save(PLUGIN, SettingsChange.of(values), ACTOR);
        LOG.info("Demo mode: the DonDominio plugin follows the sandbox to {}", url);
      }
    }
  }

  private static boolean pointsAtASandbox(ConfigurationView view, SandboxEndpoint endpoint) {
    String url = value(view, CUSTOM_URL);
    if (!CUSTOM.equals(value(view, ENVIRONMENT))
        || url == null
        || !endpoint.apiUser().equals(value(view, API_USERNAME))) {
      return false;
    }
    try {
      String host = URI.create(url).getHost();
      return "127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host);
    } catch (IllegalArgumentException notAUrl) {
      return false;
    }
  }

  private static String value(ConfigurationView view, String key) {
    return view.settings().stream()
        .filter(setting -> setting.key().equals(key))
        .findFirst()
        .flatMap(SettingState::value)
        .orElse(null);
  }
}
