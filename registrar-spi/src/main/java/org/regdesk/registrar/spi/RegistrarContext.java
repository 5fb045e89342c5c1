package org.regdesk.registrar.spi;

import java.time.Clock;
import org.regdesk.registrar.spi.audit.AuditSink;
import org.regdesk.registrar.spi.audit.CallAudit;
import org.regdesk.registrar.spi.audit.SecretMasker;
import org.regdesk.registrar.spi.descriptor.RegistrarSettings;
import org.regdesk.registrar.spi.internal.Require;

/**
 * What the host gives a plugin when it creates a {@link Registrar}: its settings, a clock, the
 * audit sink and a logger.
 *
 * <p>A plugin reads time only from {@link #clock()} (never {@code Instant.now()}), so tests can
 * move time by hand; reports every API call through {@link #callAudit()}; and logs through {@link
 * #logger()} with text passed through {@link #masker()}.
 *
 * @param settings the plugin's settings, validated against its schema, secrets decrypted
 * @param clock the host's clock
 * @param audit where registrar calls are recorded
 * @param logger the plugin's logger
 * @param hostVersion the host's name and version, e.g. {@code Regdesk/0.1.0}, for user agents
 */
public record RegistrarContext(
    RegistrarSettings settings,
    Clock clock,
    AuditSink audit,
    System.Logger logger,
    String hostVersion) {

  /**
   * Checks that every part is present.
   *
   * @param settings the plugin's settings, validated against its schema, secrets decrypted
   * @param clock the host's clock
   * @param audit where registrar calls are recorded
   * @param logger the plugin's logger
   * @param hostVersion the host's name and version, e.g. {@code Regdesk/0.1.0}, for user agents
   */
  public RegistrarContext {
    Require.present("settings", settings);
    Require.present("clock", clock);
    Require.present("audit", audit);
    Require.present("logger", logger);
    hostVersion = Require.line("hostVersion", hostVersion, 64);
  }

  /**
   * A masker that knows the standard sensitive keys and this plugin's secret setting values.
   *
   * @return the masker
   */
  public SecretMasker masker() {
    return SecretMasker.standard().withSecretValues(settings.secretValues());
  }

  /**
   * A call audit bound to this context's clock, sink and masker.
   *
   * @return the call audit
   */
  public CallAudit callAudit() {
    return new CallAudit(clock, audit, masker());
  }
}
