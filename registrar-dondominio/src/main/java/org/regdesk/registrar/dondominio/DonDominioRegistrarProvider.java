package org.regdesk.registrar.dondominio;

import java.time.Duration;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.registrar.dondominio.availability.AvailabilityCache;
import org.regdesk.registrar.dondominio.availability.AvailabilityChecker;
import org.regdesk.registrar.dondominio.call.ApiGateway;
import org.regdesk.registrar.dondominio.config.PluginSettings;
import org.regdesk.registrar.dondominio.tld.ZoneCatalogue;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.RegistrarContext;
import org.regdesk.registrar.spi.RegistrarProvider;
import org.regdesk.registrar.spi.descriptor.RegistrarDescriptor;
import org.regdesk.registrar.spi.error.InvalidInputException;

/**
 * The DonDominio / MrDomain registrar plugin, found by {@link java.util.ServiceLoader} on the class
 * path or in a jar dropped into {@code plugins/registrars/}.
 */
public final class DonDominioRegistrarProvider implements RegistrarProvider {

  /** How many availability checks run at once, per registrar. */
  private final int availabilityConcurrency;

  /** How long availability answers are reused. */
  private final Duration availabilityCacheTime;

  /** The provider the host loads: 4 checks at once, answers reused for 60 seconds. */
  public DonDominioRegistrarProvider() {
    this(AvailabilityChecker.DEFAULT_CONCURRENCY, AvailabilityCache.DEFAULT_TIME_TO_LIVE);
  }

  /**
   * A provider with other availability limits, e.g. for measurements.
   *
   * @param availabilityConcurrency how many checks run at once, at least 1
   * @param availabilityCacheTime how long answers are reused; zero turns the cache off
   */
  public DonDominioRegistrarProvider(int availabilityConcurrency, Duration availabilityCacheTime) {
    if (availabilityConcurrency < 1 || availabilityConcurrency > 32) {
      throw new IllegalArgumentException("availabilityConcurrency: must be 1 to 32");
    }
    if (availabilityCacheTime == null || availabilityCacheTime.isNegative()) {
      throw new IllegalArgumentException("availabilityCacheTime: must be zero or positive");
    }
    this.availabilityConcurrency = availabilityConcurrency;
    this.availabilityCacheTime = availabilityCacheTime;
  }

  @Override
  public RegistrarDescriptor descriptor() {
    return DonDominioDescriptor.get();
  }

  @Override
  public Registrar create(RegistrarContext context) throws InvalidInputException {
    PluginSettings settings = PluginSettings.from(context.settings());
    DonDominioClient.Builder client =
        DonDominioClient.builder()
            .endpoint(settings.endpoint())
            .apiUser(settings.apiUsername())
            .apiPassword(settings.apiKey())
            .clock(context.clock())
            .userAgentPair("RegdeskDonDominioPlugin", userAgentToken(PluginVersion.get()));
    int slash = context.hostVersion().indexOf('/');
    if (slash > 0) {
      client.userAgentPair(
          userAgentToken(context.hostVersion().substring(0, slash)),
          userAgentToken(context.hostVersion().substring(slash + 1)));
    }
    ApiGateway gateway =
        new ApiGateway(
            client.build(), settings.apiUsername(), context.callAudit(), context.masker());
    ZoneCatalogue zones = ZoneCatalogue.shipped();
    ApiContext api = new ApiContext(gateway, settings, context.clock(), context.logger(), zones);
    AvailabilityChecker availability =
        new AvailabilityChecker(
            gateway,
            zones,
            new AvailabilityCache(context.clock(), availabilityCacheTime),
            availabilityConcurrency);
    return new DonDominioRegistrar(api, availability);
  }

  private static String userAgentToken(String text) {
    String token = text.replaceAll("[^A-Za-z0-9._+-]", "");
    if (token.isEmpty()) {
      return "unknown";
    }
    return token.length() > 64 ? token.substring(0, 64) : token;
  }
}
