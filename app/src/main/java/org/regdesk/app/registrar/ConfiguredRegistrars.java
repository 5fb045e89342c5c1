package org.regdesk.app.registrar;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.regdesk.app.ConflictException;
import org.regdesk.app.security.SecretBox;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.loading.LoadedPlugin;
import org.regdesk.registrar.spi.value.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One live {@link Registrar} per configured plugin, built from the stored settings and rebuilt when
 * they change: each use compares the stored revision with the one the instance was built from, so a
 * save on any desk instance (several may share one PostgreSQL) is picked up at the next call. The
 * replaced instance is closed.
 */
@Component
class ConfiguredRegistrars implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(ConfiguredRegistrars.class);

  private final RegistrarConfigurationRepository repository;
  private final RegistrarFactory factory;
  private final SecretBox secrets;
  private final Map<String, Instance> instances = new ConcurrentHashMap<>();

  /**
   * Creates the holder.
   *
   * @param repository the stored configurations
   * @param factory creates registrars
   * @param secrets decrypts stored secrets
   */
  ConfiguredRegistrars(
      RegistrarConfigurationRepository repository, RegistrarFactory factory, SecretBox secrets) {
    this.repository = repository;
    this.factory = factory;
    this.secrets = secrets;
  }

  /**
   * Whether the plugin has a stored configuration.
   *
   * @param plugin the plugin's stable name
   * @return true when configured
   */
  boolean isConfigured(String plugin) {
    return repository.revision(plugin).isPresent();
  }

  /**
   * The registrar of the plugin's current configuration.
   *
   * @param plugin the plugin
   * @return the registrar (owned by this holder: never close it)
   * @throws ConflictException when the plugin is not configured, a stored secret cannot be
   *     decrypted, or the stored settings no longer satisfy the plugin
   */
  Registrar current(LoadedPlugin plugin) {
    String name = plugin.name();
    long revision = repository.revision(name).orElseThrow(() -> notConfigured(plugin));
    Instance instance = instances.get(name);
    if (instance != null && instance.revision() == revision) {
      return instance.registrar();
    }
    synchronized (this) {
      instance = instances.get(name);
      if (instance != null && instance.revision() == revision) {
        return instance.registrar();
      }
      StoredConfiguration stored = repository.find(name).orElseThrow(() -> notConfigured(plugin));
      Set<String> unreadable = new LinkedHashSet<>();
      Map<String, String> values = stored.open(secrets, unreadable);
      if (!unreadable.isEmpty()) {
        throw new ConflictException(
            "The stored "
                + String.join(", ", unreadable)
                + " of registrar plugin '"
                + name
                + "' cannot be decrypted with this desk's secret key; enter it again on Settings ›"
                + " Plugins › Registrars");
      }
      Registrar created;
      try {
        created = factory.create(plugin, values);
      } catch (RegistrarFactory.InvalidSettingsException invalid) {
        throw new ConflictException(
            "The stored settings of registrar plugin '"
                + name
                + "' are not accepted by its version "
                + plugin.descriptor().version()
                + " ("
                + invalid.errors().stream()
                    .map(FieldError::toString)
                    .collect(Collectors.joining("; "))
                + "); correct them on Settings › Plugins › Registrars");
      }
      instances.put(name, new Instance(stored.revision(), created));
      if (instance != null) {
        close(name, instance.registrar());
      }
      LOG.info("Registrar plugin '{}' ready with settings revision {}", name, stored.revision());
      return created;
    }
  }

  private static ConflictException notConfigured(LoadedPlugin plugin) {
    return new ConflictException(
        "Registrar plugin '"
            + plugin.name()
            + "' is not configured; save its settings on Settings › Plugins › Registrars first");
  }

  private static void close(String name, Registrar registrar) {
    try {
      registrar.close();
    } catch (RuntimeException e) {
      LOG.warn("Registrar plugin '{}' failed to close: {}", name, e.getClass().getName());
    }
  }

  @Override
  public void destroy() {
    instances.forEach(ConfiguredRegistrars::closeInstance);
    instances.clear();
  }

  private static void closeInstance(String name, Instance instance) {
    close(name, instance.registrar());
  }

  private record Instance(long revision, Registrar registrar) {}
}
