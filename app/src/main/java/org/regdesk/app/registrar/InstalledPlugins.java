package org.regdesk.app.registrar;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdesk.app.config.RegdeskProperties;
import org.regdesk.registrar.spi.loading.DuplicatePluginException;
import org.regdesk.registrar.spi.loading.LoadedPlugin;
import org.regdesk.registrar.spi.loading.PluginProblem;
import org.regdesk.registrar.spi.loading.PluginSource;
import org.regdesk.registrar.spi.loading.RegistrarPlugins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The registrar plugins of this desk, loaded once at start: those on the application class path
 * (the built-in DonDominio plugin) and every jar in {@code regdesk.registrars.plugin-dir}.
 *
 * <p>A broken jar is skipped, logged and listed in {@link #problems()}, never fatal. Two jars with
 * one plugin name would make the choice of code for a domain a guess, so then the directory is left
 * out entirely (the class path plugins still load) and the clash is reported the same way.
 */
@Component
class InstalledPlugins implements DisposableBean {

  /** How the application class path reads as a {@link RegistrarPlugin#source()}. */
  static final String CLASS_PATH = PluginSource.classPath().toString();

  private static final Logger LOG = LoggerFactory.getLogger(InstalledPlugins.class);

  private final RegistrarPlugins loaded;
  private final List<PluginLoadProblem> problems;

  /**
   * Loads the plugins of the desk's class path and plugin directory.
   *
   * @param properties the desk's settings
   */
  @Autowired
  InstalledPlugins(RegdeskProperties properties) {
    this(InstalledPlugins.class.getClassLoader(), properties.registrars().pluginDir());
  }

  /**
   * Loads the plugins a class loader sees and those of a directory.
   *
   * @param applicationLoader the class path to search
   * @param directory the plugin directory; a missing directory holds no plugins
   */
  InstalledPlugins(ClassLoader applicationLoader, Path directory) {
    List<PluginLoadProblem> found = new ArrayList<>();
    RegistrarPlugins plugins;
    try {
      plugins = RegistrarPlugins.load(applicationLoader, directory);
    } catch (DuplicatePluginException clash) {
      found.add(
          new PluginLoadProblem(
              directory.toString(),
              clash.getMessage() + " No plugin of this directory was loaded."));
      // Without the directory only the class path remains; a clash there is a packaging error of
      // the desk itself and stops the start.
      plugins = RegistrarPlugins.load(applicationLoader, null);
    }
    for (PluginProblem problem : plugins.problems()) {
      found.add(new PluginLoadProblem(problem.source().toString(), problem.message()));
    }
    this.loaded = plugins;
    this.problems = List.copyOf(found);
    for (PluginLoadProblem problem : problems) {
      LOG.warn("Registrar plugin not loaded: {}", problem);
    }
    for (LoadedPlugin plugin : plugins.plugins()) {
      LOG.info(
          "Registrar plugin '{}' {} loaded from {}",
          plugin.name(),
          plugin.descriptor().version(),
          plugin.source());
    }
  }

  /**
   * The loaded plugins, class path first, then jars by file name.
   *
   * @return the plugins
   */
  List<RegistrarPlugin> plugins() {
    return loaded.plugins().stream().map(InstalledPlugins::describe).toList();
  }

  /**
   * A loaded plugin by name.
   *
   * @param name the stable name
   * @return the plugin, or empty when none has the name
   */
  Optional<LoadedPlugin> find(String name) {
    return name == null ? Optional.empty() : loaded.find(name);
  }

  /**
   * The jars and providers that were skipped.
   *
   * @return the problems, in the order met
   */
  List<PluginLoadProblem> problems() {
    return problems;
  }

  static RegistrarPlugin describe(LoadedPlugin plugin) {
    return new RegistrarPlugin(
        plugin.name(),
        plugin.descriptor().displayName(),
        plugin.descriptor().version(),
        plugin.source().toString(),
        plugin.descriptor());
  }

  @Override
  public void destroy() {
    loaded.close();
  }
}
