package org.regdesk.app.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * @param jobs the jobs engine: threads, polling, heartbeats and the retry policy
 * @param mail the mail outbox: sender, staff addresses, how often and how patiently mail is sent
 */
@ConfigurationProperties("regdesk")
public record RegdeskProperties(
    @DefaultValue("./data") Path dataDir,
    @DefaultValue Sandbox sandbox,
    @DefaultValue Secret secret,
    @DefaultValue Login login,
    @DefaultValue RegistrarOptions registrars,
    @DefaultValue Jobs jobs,
    @DefaultValue Mail mail) {

  /**
   * The jobs engine ({@code regdesk.jobs.*}).
   *
   * @param threads how many jobs one instance runs at once
   * @param pollingInterval how often an instance looks for due jobs
   * @param heartbeatInterval how often a running job's instance says it is alive; a job whose
   *     instance missed four heartbeats is taken over by another instance
   * @param retryDelay the first wait after a failure that may be retried (registrar unavailable,
   *     outcome unknown)
   * @param retryFactor each further wait is the previous one times this
   * @param maxRetryDelay no wait is longer than this
   * @param maxAttempts attempts before a job that keeps failing is given up (with the last message)
   * @param flaggedPluginWait how long a job for a plugin whose settings are flagged waits before it
   *     looks at the flag again (it never calls the registrar while the flag is set)
   */
  public record Jobs(
      @DefaultValue("8") int threads,
      @DefaultValue("10s") Duration pollingInterval,
      @DefaultValue("30s") Duration heartbeatInterval,
      @DefaultValue("1m") Duration retryDelay,
      @DefaultValue("2") double retryFactor,
      @DefaultValue("1h") Duration maxRetryDelay,
      @DefaultValue("10") int maxAttempts,
      @DefaultValue("5m") Duration flaggedPluginWait) {

    /** Checks the ranges so that a typo stops the start with the property's name. */
    public Jobs {
      if (threads < 1 || threads > 200) {
        throw new IllegalArgumentException(
            "regdesk.jobs.threads must be from 1 to 200, got " + threads);
      }
      positive("regdesk.jobs.polling-interval", pollingInterval);
      positive("regdesk.jobs.heartbeat-interval", heartbeatInterval);
      positive("regdesk.jobs.retry-delay", retryDelay);
      positive("regdesk.jobs.max-retry-delay", maxRetryDelay);
      positive("regdesk.jobs.flagged-plugin-wait", flaggedPluginWait);
      retryFactorChecked(retryFactor);
      if (maxRetryDelay.compareTo(retryDelay) < 0) {
        throw new IllegalArgumentException(
            "regdesk.jobs.max-retry-delay must not be shorter than regdesk.jobs.retry-delay");
      }
      if (maxAttempts < 1 || maxAttempts > 1000) {
        throw new IllegalArgumentException(
            "regdesk.jobs.max-attempts must be from 1 to 1000, got " + maxAttempts);
      }
    }

    /**
     * The defaults, as bound when nothing is set.
     *
     * @return the defaults
     */
    public static Jobs defaults() {
      return new Jobs(
          8,
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          Duration.ofMinutes(1),
          2,
          Duration.ofHours(1),
          10,
          Duration.ofMinutes(5));
    }
  }

  /**
   * The mail outbox ({@code regdesk.mail.*}). Mail is sent only when {@code spring.mail.host} is
   * set; without it (demo mode) mail stays in the outbox, visible on {@code /admin/mail}.
   *
   * @param from the sender address of every mail
   * @param staff the addresses that get staff notices (a job that failed); none: staff notices are
   *     not queued
   * @param sendInterval how often pending mail is looked at
   * @param retryDelay the first wait after the mail server failed to take a mail
   * @param maxRetryDelay no wait between tries of one mail is longer than this
   */
  public record Mail(
      @DefaultValue("regdesk@localhost") String from,
      @DefaultValue List<String> staff,
      @DefaultValue("30s") Duration sendInterval,
      @DefaultValue("1m") Duration retryDelay,
      @DefaultValue("1h") Duration maxRetryDelay) {

    /** Checks the values so that a typo stops the start with the property's name. */
    public Mail {
      if (from == null || !from.contains("@") || from.strip().length() != from.length()) {
        throw new IllegalArgumentException("regdesk.mail.from must be an e-mail address");
      }
      staff = staff == null ? List.of() : List.copyOf(staff);
      for (String address : staff) {
        if (address == null || !address.contains("@") || address.isBlank()) {
          throw new IllegalArgumentException(
              "regdesk.mail.staff must hold e-mail addresses, got '" + address + "'");
        }
      }
      positive("regdesk.mail.send-interval", sendInterval);
      positive("regdesk.mail.retry-delay", retryDelay);
      positive("regdesk.mail.max-retry-delay", maxRetryDelay);
    }

    /**
     * The defaults, as bound when nothing is set.
     *
     * @return the defaults
     */
    public static Mail defaults() {
      return new Mail(
          "regdesk@localhost",
          List.of(),
          Duration.ofSeconds(30),
          Duration.ofMinutes(1),
          Duration.ofHours(1));
    }
  }

  private static void retryFactorChecked(double factor) {
    if (!(factor >= 1.0 && factor <= 100.0)) {
      throw new IllegalArgumentException(
          "regdesk.jobs.retry-factor must be from 1 to 100, got " + factor);
    }
  }

  private static void positive(String property, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(property + " must be a positive duration");
    }
  }

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
