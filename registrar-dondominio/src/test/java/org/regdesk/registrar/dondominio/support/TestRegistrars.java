package org.regdesk.registrar.dondominio.support;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.http.ApiCall;
import org.regdesk.registrar.dondominio.DonDominioRegistrarProvider;
import org.regdesk.registrar.dondominio.config.SettingKeys;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.RegistrarContext;
import org.regdesk.registrar.spi.RegistrarProvider;
import org.regdesk.registrar.spi.error.InvalidInputException;

/** Registrars pointed at a sandbox, as the desk would create them from saved settings. */
public final class TestRegistrars {

  private TestRegistrars() {}

  /** The settings that reach a sandbox: its URL and credentials. */
  public static Map<String, String> sandboxSettings(Sandbox sandbox) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(SettingKeys.API_USERNAME, sandbox.apiUser());
    settings.put(SettingKeys.API_KEY, sandbox.apiPassword());
    settings.put(SettingKeys.ENVIRONMENT, "sandbox");
    settings.put(SettingKeys.SANDBOX_URL, sandbox.uri().toString());
    return settings;
  }

  /** A registrar with the default provider and the sandbox's clock. */
  public static Registrar create(Sandbox sandbox, RecordingAudit audit) {
    return create(sandbox, Map.of(), audit);
  }

  /** A registrar with extra settings. */
  public static Registrar create(Sandbox sandbox, Map<String, String> extra, RecordingAudit audit) {
    return create(new DonDominioRegistrarProvider(), sandbox, extra, audit, sandbox.clock());
  }

  /** A registrar with any provider, settings and clock. */
  public static Registrar create(
      RegistrarProvider provider,
      Sandbox sandbox,
      Map<String, String> extra,
      RecordingAudit audit,
      Clock clock) {
    Map<String, String> values = sandboxSettings(sandbox);
    values.putAll(extra);
    try {
      return provider.create(context(provider, values, audit, clock));
    } catch (InvalidInputException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The context the desk builds from stored settings. */
  public static RegistrarContext context(
      RegistrarProvider provider, Map<String, String> values, RecordingAudit audit, Clock clock) {
    return new RegistrarContext(
        provider.descriptor().settings().bind(values),
        clock,
        audit,
        System.getLogger("registrar-dondominio-test"),
        "Regdesk/0.1.0-test");
  }

  /** A provider without the availability cache. */
  public static DonDominioRegistrarProvider uncached() {
    return new DonDominioRegistrarProvider(4, Duration.ZERO);
  }

  /** The API calls the sandbox saw for one action that reached its engine. */
  public static List<ApiCall> calls(Sandbox sandbox, String action) {
    return sandbox.calls().stream().filter(call -> call.action().equals(action)).toList();
  }
}
