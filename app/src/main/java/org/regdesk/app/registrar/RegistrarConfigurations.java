package org.regdesk.app.registrar;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regdesk.app.ConflictException;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.registrar.StoredConfiguration.StoredValue;
import org.regdesk.app.security.SecretBox;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.descriptor.SettingDefinition;
import org.regdesk.registrar.spi.descriptor.SettingType;
import org.regdesk.registrar.spi.descriptor.SettingsSchema;
import org.regdesk.registrar.spi.loading.LoadedPlugin;
import org.regdesk.registrar.spi.operation.ConnectionReport;
import org.regdesk.registrar.spi.value.FieldError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored settings of the registrar plugins: one configuration per plugin, read for the settings
 * screen and the API, validated and saved, and tested before saving.
 *
 * <p>Every value is checked against the plugin's settings schema and then by the plugin itself (its
 * {@code create} refuses inconsistent settings), each error naming the setting's stable key;
 * nothing is stored unless all pass. Secrets are sealed with the desk's {@link SecretBox} (AES-GCM)
 * before they are written and never leave this class in plain text except to the plugin.
 */
@Service
public class RegistrarConfigurations {

  private final InstalledPlugins installed;
  private final RegistrarConfigurationRepository repository;
  private final RegistrarFactory factory;
  private final SecretBox secrets;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  /**
   * Creates the service.
   *
   * @param installed the loaded plugins
   * @param repository the stored configurations
   * @param factory creates registrars, to let plugins check settings and to test them
   * @param secrets seals and opens secret values
   * @param clock the desk's clock
   * @param events tells caches that settings changed
   */
  RegistrarConfigurations(
      InstalledPlugins installed,
      RegistrarConfigurationRepository repository,
      RegistrarFactory factory,
      SecretBox secrets,
      Clock clock,
      ApplicationEventPublisher events) {
    this.installed = installed;
    this.repository = repository;
    this.factory = factory;
    this.secrets = secrets;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Every loaded plugin with its last save.
   *
   * @return the plugins, in load order
   */
  @Transactional(readOnly = true)
  public List<PluginStatus> statuses() {
    Map<String, RegistrarConfigurationRepository.Stamp> stamps = repository.stamps();
    return installed.plugins().stream()
        .map(
            plugin ->
                new PluginStatus(
                    plugin, Optional.ofNullable(stamps.get(plugin.name())).map(s -> saved(s))))
        .toList();
  }

  /**
   * A plugin's settings as stored.
   *
   * @param plugin the plugin's stable name
   * @return the settings, secrets as "set" or "not set" only
   * @throws NotFoundException when no plugin has the name
   */
  @Transactional(readOnly = true)
  public ConfigurationView view(String plugin) {
    LoadedPlugin loaded = loaded(plugin);
    Optional<StoredConfiguration> stored = repository.find(loaded.name());
    Set<String> unreadable = new LinkedHashSet<>();
    Map<String, String> plain = stored.map(s -> s.open(secrets, unreadable)).orElse(Map.of());
    List<SettingState> states = new ArrayList<>();
    for (SettingDefinition definition : loaded.descriptor().settings().definitions()) {
      String key = definition.key();
      states.add(
          switch (definition.type()) {
            case SECRET ->
                new SettingState(
                    definition,
                    Optional.empty(),
                    unreadable.contains(key)
                        ? SettingState.Secret.UNREADABLE
                        : plain.containsKey(key)
                            ? SettingState.Secret.SET
                            : SettingState.Secret.NOT_SET);
            case READ_ONLY_TEXT ->
                new SettingState(
                    definition, definition.defaultValue(), SettingState.Secret.NOT_SECRET);
            default ->
                new SettingState(
                    definition,
                    Optional.ofNullable(plain.get(key)),
                    SettingState.Secret.NOT_SECRET);
          });
    }
    return new ConfigurationView(
        InstalledPlugins.describe(loaded),
        stored.map(s -> new SavedConfiguration(s.updatedAt(), s.updatedBy())),
        states);
  }

  /**
   * Validates and stores a plugin's settings, replacing its earlier configuration; the plugin's
   * registrar is rebuilt from them at its next use.
   *
   * @param plugin the plugin's stable name
   * @param change the new values
   * @param actor who saves, e.g. the signed-in user's name
   * @return the settings as now stored
   * @throws NotFoundException when no plugin has the name
   * @throws org.regdesk.app.ValidationException naming each setting key at fault; nothing is stored
   *     then
   * @throws ConflictException when someone else saved the same plugin's first configuration at the
   *     same moment
   */
  @Transactional
  public ConfigurationView save(String plugin, SettingsChange change, String actor) {
    LoadedPlugin loaded = loaded(plugin);
    Map<String, String> values = checked(loaded, change);
    List<StoredValue> stored = new ArrayList<>();
    SettingsSchema schema = loaded.descriptor().settings();
    values.forEach(
        (key, value) -> {
          boolean secret = schema.definition(key).map(SettingDefinition::isSecret).orElse(false);
          stored.add(new StoredValue(key, secret ? secrets.seal(value) : value, secret));
        });
    try {
      repository.save(loaded.name(), stored, clock.instant(), actor);
    } catch (DuplicateKeyException raced) {
      throw new ConflictException(
          "The settings of '" + loaded.name() + "' were saved by someone else just now; try again");
    }
    events.publishEvent(new RegistrarSettingsSaved(loaded.name()));
    return view(loaded.name());
  }

  /**
   * Tests settings before they are saved: validates them as {@link #save} does (a blank secret
   * takes the stored value), creates a registrar from them, runs its connection test and discards
   * it. The test's registrar calls are audited; nothing else is stored.
   *
   * @param plugin the plugin's stable name
   * @param change the values to test
   * @return the report; registrar trouble is reported, not thrown
   * @throws NotFoundException when no plugin has the name
   * @throws org.regdesk.app.ValidationException naming each setting key at fault
   */
  public ConnectionReport test(String plugin, SettingsChange change) {
    LoadedPlugin loaded = loaded(plugin);
    Map<String, String> values = checked(loaded, change);
    Registrar registrar;
    try {
      registrar = factory.create(loaded, values);
    } catch (RegistrarFactory.InvalidSettingsException refused) {
      // accepted a moment ago by checked(): only a plugin that changes its mind gets here
      throw new ValidationException(refused.errors());
    }
    try {
      ConnectionReport report = Registrars.safely(loaded.name(), registrar);
      if (report.isOk()) {
        events.publishEvent(new RegistrarConnectionSucceeded(loaded.name()));
      }
      return report;
    } finally {
      registrar.close();
    }
  }

  /**
   * The values to store: the change merged with the stored secrets, checked by the schema and by
   * the plugin.
   */
  private Map<String, String> checked(LoadedPlugin plugin, SettingsChange change) {
    SettingsSchema schema = plugin.descriptor().settings();
    String name = plugin.descriptor().displayName();
    FieldErrors errors = new FieldErrors();
    for (String key : change.values().keySet()) {
      errors.check(key, schema.definition(key).isPresent(), "is not a setting of " + name);
    }
    for (String key : change.clearedSecrets()) {
      errors.check(
          key,
          schema.definition(key).map(SettingDefinition::isSecret).orElse(false),
          "is not a secret setting of " + name);
    }
    Set<String> unreadable = new LinkedHashSet<>();
    Map<String, String> stored =
        repository.find(plugin.name()).map(s -> s.open(secrets, unreadable)).orElse(Map.of());
    Map<String, String> merged = new LinkedHashMap<>();
    for (SettingDefinition definition : schema.definitions()) {
      String key = definition.key();
      String given = change.values().get(key);
      boolean blank = given == null || given.isBlank();
      if (definition.type() == SettingType.READ_ONLY_TEXT) {
        continue;
      }
      if (!definition.isSecret()) {
        if (!blank) {
          merged.put(key, given.strip());
        }
      } else if (change.clearedSecrets().contains(key)) {
        // removed: not set from now on
      } else if (!blank) {
        merged.put(key, given.strip());
      } else if (stored.containsKey(key)) {
        merged.put(key, stored.get(key));
      } else if (unreadable.contains(key)) {
        errors.add(
            key,
            "the stored value cannot be decrypted with this desk's secret key; enter it again");
      }
    }
    for (FieldError error : schema.validate(merged)) {
      if (!unreadable.contains(error.field())) {
        errors.add(error.field(), error.message());
      }
    }
    errors.throwIfAny();
    try {
      factory.create(plugin, merged).close();
    } catch (RegistrarFactory.InvalidSettingsException refused) {
      refused.errors().forEach(error -> errors.add(error.field(), error.message()));
    }
    errors.throwIfAny();
    return merged;
  }

  private LoadedPlugin loaded(String plugin) {
    return installed
        .find(plugin)
        .orElseThrow(() -> new NotFoundException("No registrar plugin is named '" + plugin + "'"));
  }

  private static SavedConfiguration saved(RegistrarConfigurationRepository.Stamp stamp) {
    return new SavedConfiguration(stamp.updatedAt(), stamp.updatedBy());
  }
}
