package org.regdesk.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.registrar.dondominio.DonDominioRegistrarProvider;
import org.regdesk.registrar.dondominio.config.SettingKeys;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.RegistrarContext;
import org.regdesk.registrar.spi.operation.AvailabilityResult;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * Availability of 40 names across 10 TLDs through the DonDominio plugin, against a local sandbox
 * that answers every API call 50 ms late: wall time and number of {@code domain/check} calls with
 * one check at a time and no cache, with the plugin's defaults on a cold cache, and again on the
 * warm cache (the second search within the cache's minute). Prints one line per run.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.regdesk.benchmarks.AvailabilityBenchmark
 * }</pre>
 */
public final class AvailabilityBenchmark {

  private static final List<String> TLDS =
      List.of("com", "net", "org", "info", "biz", "es", "eu", "fr", "de", "pl");
  private static final List<String> LABELS =
      List.of("green-bakery", "sol-studio", "urban-sports", "casa-verde");
  private static final Duration LATENCY = Duration.ofMillis(50);

  private AvailabilityBenchmark() {}

  /**
   * Runs the measurement.
   *
   * @param args none
   * @throws Exception if the sandbox or the plugin fails
   */
  public static void main(String[] args) throws Exception {
    List<DomainName> names = new ArrayList<>();
    for (String tld : TLDS) {
      for (String label : LABELS) {
        names.add(DomainName.of(label, tld));
      }
    }
    try (Sandbox sandbox = Sandbox.builder().port(0).latency(LATENCY).start()) {
      System.out.printf(
          Locale.ROOT,
          "availability of %d names across %d TLDs, sandbox latency %d ms per call%n",
          names.size(),
          TLDS.size(),
          LATENCY.toMillis());
      try (Registrar sequential =
          registrar(new DonDominioRegistrarProvider(1, Duration.ZERO), sandbox)) {
        measure("1 check at a time, no cache", sequential, names, sandbox);
      }
      try (Registrar plugin = registrar(new DonDominioRegistrarProvider(), sandbox)) {
        measure("defaults (4 at a time), cold cache", plugin, names, sandbox);
        measure("defaults (4 at a time), warm cache", plugin, names, sandbox);
      }
    }
  }

  private static void measure(
      String label, Registrar registrar, List<DomainName> names, Sandbox sandbox) throws Exception {
    long checksBefore = checks(sandbox);
    long start = System.nanoTime();
    List<AvailabilityResult> results = registrar.checkAvailability(names);
    long elapsed = System.nanoTime() - start;
    long available =
        results.stream().filter(r -> r.availability().name().equals("AVAILABLE")).count();
    System.out.printf(
        Locale.ROOT,
        "%-38s wall %6.0f ms   domain/check calls %3d   answers %d (%d available)%n",
        label,
        elapsed / 1e6,
        checks(sandbox) - checksBefore,
        results.size(),
        available);
  }

  private static long checks(Sandbox sandbox) {
    return sandbox.calls().stream().filter(call -> call.action().equals("domain/check")).count();
  }

  private static Registrar registrar(DonDominioRegistrarProvider provider, Sandbox sandbox)
      throws Exception {
    Map<String, String> settings =
        Map.of(
            SettingKeys.API_USERNAME, sandbox.apiUser(),
            SettingKeys.API_KEY, sandbox.apiPassword(),
            SettingKeys.ENVIRONMENT, "sandbox",
            SettingKeys.SANDBOX_URL, sandbox.uri().toString());
    return provider.create(
        new RegistrarContext(
            provider.descriptor().settings().bind(settings),
            Clock.systemUTC(),
            call -> {},
            System.getLogger("availability-benchmark"),
            "Regdesk/benchmark"));
  }
}
