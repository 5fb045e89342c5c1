package org.regdesk.app.registrar;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.regdesk.app.ConflictException;
import org.regdesk.app.NotFoundException;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.descriptor.Capabilities;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.descriptor.RegistrarDescriptor;
import org.regdesk.registrar.spi.descriptor.TldRequirements;
import org.regdesk.registrar.spi.error.NotSupportedException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.loading.LoadedPlugin;
import org.regdesk.registrar.spi.operation.ConnectionReport;
import org.regdesk.registrar.spi.operation.ContactPolicy;
import org.regdesk.registrar.spi.value.Tld;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The registrar plugins of this desk, for every feature that needs one: which plugins are loaded
 * and what they declare, the configured {@link Registrar} of a plugin, which TLDs a plugin
 * supports, what it asks for per TLD, and its contact policy.
 *
 * <p>Plugins are named by their stable name ({@code dondominio}), the name stored with TLD products
 * and domains. An unknown name is a {@link NotFoundException}; a plugin whose settings were never
 * saved (or no longer work) is a {@link ConflictException} where a configured registrar is needed.
 * Registrar calls made through {@link #registrar} are recorded in the call audit with the {@link
 * Trigger} in force (see {@link RegistrarCallLog}).
 */
@Service
public class Registrars {

  private static final Logger LOG = LoggerFactory.getLogger(Registrars.class);

  private final InstalledPlugins installed;
  private final ConfiguredRegistrars configured;
  private final InFlightTriggers inFlight;
  private final TldLists tldLists;

  /**
   * Creates the service.
   *
   * @param installed the loaded plugins
   * @param configured the live registrar instances
   * @param inFlight attributes calls on plugin threads
   * @param tldLists the registrars' TLD lists
   */
  Registrars(
      InstalledPlugins installed,
      ConfiguredRegistrars configured,
      InFlightTriggers inFlight,
      TldLists tldLists) {
    this.installed = installed;
    this.configured = configured;
    this.inFlight = inFlight;
    this.tldLists = tldLists;
  }

  /**
   * Every loaded plugin: the class path's first (the built-in DonDominio plugin), then the plugin
   * directory's jars by file name.
   *
   * @return the plugins
   */
  public List<RegistrarPlugin> plugins() {
    return installed.plugins();
  }

  /**
   * A loaded plugin.
   *
   * @param name the stable name
   * @return the plugin, or empty when none has the name
   */
  public Optional<RegistrarPlugin> findPlugin(String name) {
    return installed.find(name).map(InstalledPlugins::describe);
  }

  /**
   * A loaded plugin that must exist.
   *
   * @param name the stable name
   * @return the plugin
   * @throws NotFoundException when no plugin has the name
   */
  public RegistrarPlugin plugin(String name) {
    return InstalledPlugins.describe(loaded(name));
  }

  /**
   * The plugin jars and providers that could not be loaded, for Settings › Plugins › Registrars.
   *
   * @return the problems, in the order met
   */
  public List<PluginLoadProblem> loadProblems() {
    return installed.problems();
  }

  /**
   * Whether a plugin's settings were saved.
   *
   * @param name the stable name
   * @return true when configured
   * @throws NotFoundException when no plugin has the name
   */
  public boolean isConfigured(String name) {
    return configured.isConfigured(loaded(name).name());
  }

  /**
   * The plugin's registrar, configured with its stored settings.
   *
   * <p>The instance forwards each call to the plugin's current configuration, so it may be kept;
   * calling {@code close()} on it does nothing. Every registrar call it makes is audited with the
   * caller's {@link Trigger}. Its methods throw the SPI's {@link RegistrarException} kinds, and
   * {@link ConflictException} if the settings stop working in between.
   *
   * @param name the stable name
   * @return the registrar
   * @throws NotFoundException when no plugin has the name
   * @throws ConflictException when the plugin is not configured, a stored secret cannot be
   *     decrypted, or the stored settings are refused by the plugin
   */
  public Registrar registrar(String name) {
    LoadedPlugin plugin = loaded(name);
    configured.current(plugin);
    return AttributedRegistrar.of(plugin.name(), () -> configured.current(plugin), inFlight);
  }

  /**
   * Tests the stored configuration: reachability, credentials, balance, environment. Never throws
   * for registrar trouble: the report says what went wrong.
   *
   * @param name the stable name
   * @return the report
   * @throws NotFoundException when no plugin has the name
   * @throws ConflictException when the plugin is not configured or its settings do not work
   */
  public ConnectionReport testConnection(String name) {
    return safely(name, registrar(name));
  }

  /**
   * Runs a connection test, turning a plugin bug into a report.
   *
   * @param name the plugin's name, for the log
   * @param registrar the registrar to test
   * @return the report
   */
  static ConnectionReport safely(String name, Registrar registrar) {
    try {
      ConnectionReport report = registrar.testConnection();
      if (report == null) {
        throw new IllegalStateException("testConnection() returned null");
      }
      return report;
    } catch (RuntimeException bug) {
      LOG.error(
          "Registrar plugin '{}' failed its connection test: {}", name, bug.getClass().getName());
      return ConnectionReport.unreachable(
          "unknown",
          false,
          "The plugin failed during the test ("
              + bug.getClass().getSimpleName()
              + "); the desk's log has the details.");
    }
  }

  /**
   * Whether a plugin registers or transfers names under a TLD, decided in this order:
   *
   * <ol>
   *   <li>a TLD the descriptor excepts from both {@code REGISTER} and {@code TRANSFER} is
   *       unsupported;
   *   <li>a configured plugin with {@code TLD_PRICES} is asked for its registrar's TLD list (reused
   *       for {@code regdesk.registrars.tld-list-cache-time}): the TLD is supported exactly when it
   *       is listed;
   *   <li>otherwise a TLD the descriptor lists requirements for is supported;
   *   <li>otherwise the answer is unknown, with the reason (not configured, registrar unreachable,
   *       or a plugin that publishes no TLD list).
   * </ol>
   *
   * @param name the stable name
   * @param tld the TLD
   * @return the verdict and how it was reached
   * @throws NotFoundException when no plugin has the name
   */
  public TldSupport tldSupport(String name, Tld tld) {
    LoadedPlugin plugin = loaded(name);
    RegistrarDescriptor descriptor = plugin.descriptor();
    Capabilities capabilities = descriptor.capabilities();
    if (!capabilities.supports(Capability.REGISTER, tld)
        && !capabilities.supports(Capability.TRANSFER, tld)) {
      return new TldSupport(
          TldSupport.Verdict.UNSUPPORTED,
          descriptor.displayName() + " neither registers nor transfers ." + tld);
    }
    boolean declared = descriptor.tldRequirements().containsKey(tld);
    String unknownReason;
    if (!capabilities.supports(Capability.TLD_PRICES)) {
      unknownReason = descriptor.displayName() + " does not publish the TLDs it sells";
    } else if (!configured.isConfigured(plugin.name())) {
      unknownReason =
          descriptor.displayName() + " is not configured, so its TLD list cannot be read";
    } else {
      try {
        Set<Tld> sold = tldLists.tlds(plugin.name(), registrar(name));
        return sold.contains(tld)
            ? new TldSupport(
                TldSupport.Verdict.SUPPORTED, "." + tld + " is in the registrar's TLD list")
            : new TldSupport(
                TldSupport.Verdict.UNSUPPORTED, "." + tld + " is not in the registrar's TLD list");
      } catch (NotSupportedException notOffered) {
        unknownReason = descriptor.displayName() + " does not publish the TLDs it sells";
      } catch (RegistrarException | ConflictException cannotAsk) {
        unknownReason = "the TLD list could not be read: " + message(cannotAsk);
      }
    }
    if (declared) {
      return new TldSupport(
          TldSupport.Verdict.SUPPORTED,
          descriptor.displayName() + " declares what ." + tld + " requires");
    }
    return new TldSupport(TldSupport.Verdict.UNKNOWN, unknownReason);
  }

  private static String message(Exception failure) {
    return failure instanceof RegistrarException registrar
        ? registrar.customerMessage()
        : failure.getMessage();
  }

  /**
   * Shorthand for {@code tldSupport(name, tld).supported()}.
   *
   * @param name the stable name
   * @param tld the TLD
   * @return true only when the TLD is known to be supported
   * @throws NotFoundException when no plugin has the name
   */
  public boolean supportsTld(String name, Tld tld) {
    return tldSupport(name, tld).supported();
  }

  /**
   * What a TLD asks for beyond the usual contact data with this plugin: extra domain fields and
   * customer fields, by stable key (link custom fields to these keys, never to labels).
   *
   * @param name the stable name
   * @param tld the TLD
   * @return the requirements; empty ones when the TLD needs nothing extra
   * @throws NotFoundException when no plugin has the name
   */
  public TldRequirements requirements(String name, Tld tld) {
    return loaded(name).descriptor().requirementsFor(tld);
  }

  /**
   * What the plugin can do for domains under a TLD (its capabilities minus the TLD's exceptions).
   *
   * @param name the stable name
   * @param tld the TLD
   * @return the capabilities
   * @throws NotFoundException when no plugin has the name
   */
  public Set<Capability> capabilities(String name, Tld tld) {
    Capabilities capabilities = loaded(name).descriptor().capabilities();
    Set<Capability> result = EnumSet.noneOf(Capability.class);
    for (Capability capability : Capability.values()) {
      if (capabilities.supports(capability, tld)) {
        result.add(capability);
      }
    }
    return result;
  }

  /**
   * Per contact role, whether the plugin's settings put an override contact in place of the
   * customer's and whether customers may edit that role (the client area shows a role they may not
   * edit read-only). Reads the settings, never the registrar.
   *
   * @param name the stable name
   * @return the policy
   * @throws NotFoundException when no plugin has the name
   * @throws ConflictException when the plugin is not configured or its settings do not work
   */
  public ContactPolicy contactPolicy(String name) {
    return registrar(name).contactPolicy();
  }

  private LoadedPlugin loaded(String name) {
    return installed
        .find(name)
        .orElseThrow(() -> new NotFoundException("No registrar plugin is named '" + name + "'"));
  }
}
