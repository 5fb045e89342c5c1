package org.regdesk.registrar.dondominio.config;

import java.util.Locale;
import java.util.Optional;

/** Which DonDominio API the plugin talks to. */
public enum ApiEnvironment {
  /** The Regdesk DonDominio sandbox (a local simulator): no real money, no real domains. */
  SANDBOX,
  /** DonDominio's live API: real charges and real domains. */
  PRODUCTION,
  /** Any other endpoint, given as a URL setting. */
  CUSTOM;

  /** The production endpoint. */
  public static final String PRODUCTION_URL = "https://simple-api.dondominio.net";

  /** Where the sandbox listens by default. */
  public static final String DEFAULT_SANDBOX_URL = "http://127.0.0.1:8089/";

  /**
   * The value stored in the settings, e.g. {@code sandbox}.
   *
   * @return the setting value
   */
  public String settingValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The environment a setting value names.
   *
   * @param value the stored value
   * @return the environment, or empty for an unknown value
   */
  public static Optional<ApiEnvironment> ofSetting(String value) {
    for (ApiEnvironment environment : values()) {
      if (environment.settingValue().equals(value)) {
        return Optional.of(environment);
      }
    }
    return Optional.empty();
  }
}
