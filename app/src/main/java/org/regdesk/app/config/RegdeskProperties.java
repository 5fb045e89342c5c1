package org.regdesk.app.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code regdesk.*} setting, bound once at start. Features add their own nested record here
 * (one line in the constructor, one record) rather than a second properties class.
 *
 * @param dataDir where the desk keeps its files: the H2 database, the secret key file, the demo
 *     sandbox's state ({@code ./data} relative to the working directory)
 * @param sandbox demo mode: the in-process DonDominio sandbox
 * @param secret the key that encrypts secrets at rest
 * @param login sign-in throttling
 * @param registrars registrar plugins: where jars are installed, how long answers are reused
 */
@ConfigurationProperties("regdesk")
public record RegdeskProperties(
    @DefaultValue("./data") Path dataDir,
    @DefaultValue Sandbox sandbox,
    @DefaultValue Secret secret,
    @DefaultValue Login login,
    @DefaultValue RegistrarOptions registrars) {

  /**
   * Demo mode settings.
   *
   * @param enabled start the sandbox; when unset, on exactly when the database is the embedded H2
   *     one (see {@link DemoMode})
   * @param seedDomains domains the sandbox account holds at its first start, ready for import
   * @param apiUser the API user the sandbox accepts
   * @param apiPassword the API password the sandbox accepts (a test credential; never printed)
   */
  public record Sandbox(
      Boolean enabled,
      @DefaultValue("40") int seedDomains,
      @DefaultValue("sandbox") String apiUser,
      @DefaultValue("sandbox") String apiPassword) {

    /** Checks the ranges so that a typo stops the start with the property's name. */
    public Sandbox {
      if (seedDomains < 0 || seedDomains > 100_000) {
        throw new IllegalArgumentException(
            "regdesk.sandbox.seed-domains must be from 0 to 100000, got " + seedDomains);
      }
    }

    @Override
    public String toString() {
      return "Sandbox[enabled="
          + enabled
          + ", seedDomains="
          + seedDomains
          + ", apiUser="
          + apiUser
          + ", apiPassword=***]";
    }
  }

  /**
   * Where the key of {@code SecretBox} comes from.
   *
   * @param key the key itself, base64 of 32 bytes ({@code REGDESK_SECRET_KEY}); wins over the file
   * @param keyFile the key file, created on first start with owner-only permissions; default {@code
   *     <data-dir>/secret.key}
   */
  public record Secret(String key, Path keyFile) {

    @Override
    public String toString() {
      return "Secret[key=" + (key == null ? "unset" : "***") + ", keyFile=" + keyFile + "]";
    }
  }

  /**
   * Sign-in throttling: after too many failures within the window, every attempt for that user name
   * (or from that address) is refused until the lockout has passed since the last failure.
   *
   * @param maxFailuresPerUsername failures of one user name that lock it
   * @param maxFailuresPerAddress failures from one client address that lock it (higher: an office
   *     behind one address shares it)
   * @param window how far back failures count
   * @param lockout how long a lock lasts after the failure that caused it
   */
  public record Login(
      @DefaultValue("5") int maxFailuresPerUsername,
      @DefaultValue("20") int maxFailuresPerAddress,
      @DefaultValue("15m") Duration window,
      @DefaultValue("15m") Duration lockout) {

    /** Checks the ranges so that a typo stops the start with the property's name. */
    public Login {
      if (maxFailuresPerUsername < 1) {
        throw new IllegalArgumentException("regdesk.login.max-failures-per-username must be >= 1");
      }
      if (maxFailuresPerAddress < 1) {
        throw new IllegalArgumentException("regdesk.login.max-failures-per-address must be >= 1");
      }
      if (window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
        throw new IllegalArgumentException(
            "regdesk.login.window and regdesk.login.lockout must be positive durations");
      }
    }
  }

  /**
   * Registrar plugins ({@code regdesk.registrars.*}).
   *
   * @param pluginDir the directory whose {@code *.jar} files are loaded as registrar plugins, next
   *     to the plugins on the class path ({@code plugins/registrars} under the working directory)
   * @param tldListCacheTime how long a plugin's TLD list (its price list) is reused to decide which
   *     TLDs it supports
   * @param healthCacheTime how long a connection test is reused by the health endpoint, so that
   *     health probes do not call the registrar on every request
   */
  public record RegistrarOptions(
      @DefaultValue("plugins/registrars") Path pluginDir,
      @DefaultValue("1h") Duration tldListCacheTime,
      @DefaultValue("1m") Duration healthCacheTime) {

    /** Checks the durations so that a typo stops the start with the property's name. */
    public RegistrarOptions {
      if (tldListCacheTime.isNegative()) {
        throw new IllegalArgumentException(
            "regdesk.registrars.tld-list-cache-time must not be negative");
      }
      if (healthCacheTime.isNegative()) {
        throw new IllegalArgumentException(
            "regdesk.registrars.health-cache-time must not be negative");
      }
    }

    /**
     * The defaults, as bound when nothing is set.
     *
     * @return {@code plugins/registrars}, one hour, one minute
     */
    public static RegistrarOptions defaults() {
      return new RegistrarOptions(
          Path.of("plugins/registrars"), Duration.ofHours(1), Duration.ofMinutes(1));
    }
  }

  /**
   * The key file location, defaulting into the data directory.
   *
   * @return the key file path
   */
  public Path secretKeyFile() {
    return secret.keyFile() != null ? secret.keyFile() : dataDir.resolve("secret.key");
  }

  /**
   * The demo sandbox's state file, so its domains survive restarts.
   *
   * @return the state file path
   */
  public Path sandboxStateFile() {
    return dataDir.resolve("sandbox-state.json");
  }
}
