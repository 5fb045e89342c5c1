package org.regdesk.registrar.spi.loading;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Spliterator;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.regdesk.registrar.spi.RegistrarProvider;
import org.regdesk.registrar.spi.descriptor.RegistrarDescriptor;

/**
 * Finds registrar plugins with {@link ServiceLoader}: on the application class path, and in every
 * {@code *.jar} of a plugin directory (by convention {@value #DIRECTORY}), so that installing a
 * plugin is copying its jar there.
 *
 * <p>Each jar gets its own class loader whose parent is the SPI's class loader; classes the parent
 * can see are taken from the parent (the usual delegation), so a plugin jar bundles only what the
 * host does not provide. Jars are read in file-name order.
 *
 * <p>A broken jar (unreadable, no provider, a provider that fails to load or describe itself) is
 * skipped and reported in {@link #problems()}; the other plugins load regardless. Two plugins with
 * the same name are refused with a {@link DuplicatePluginException}.
 *
 * <p>Closing this closes the jar class loaders; providers from them must not be used afterwards.
 */
public final class RegistrarPlugins implements AutoCloseable {

  /** The conventional plugin directory, relative to the desk's working directory. */
  public static final String DIRECTORY = "plugins/registrars";

  private static final String SERVICE_ENTRY =
      "META-INF/services/" + RegistrarProvider.class.getName();

  /** Guards against a service iterator that keeps failing on the same entry. */
  private static final int MAX_ERRORS_PER_LOADER = 32;

  private final Map<String, LoadedPlugin> plugins;
  private final List<PluginProblem> problems;
  private final List<URLClassLoader> loaders;

  private RegistrarPlugins(
      Map<String, LoadedPlugin> plugins,
      List<PluginProblem> problems,
      List<URLClassLoader> loaders) {
    this.plugins = plugins;
    this.problems = List.copyOf(problems);
    this.loaders = List.copyOf(loaders);
  }

  /**
   * Loads the plugins on the application class path and in the plugin directory.
   *
   * @param applicationLoader the class loader of the application class path
   * @param pluginDirectory the directory of plugin jars; a missing directory means "no jars"
   * @return the loaded plugins and the problems met
   * @throws DuplicatePluginException if two plugins have the same name
   */
  public static RegistrarPlugins load(ClassLoader applicationLoader, Path pluginDirectory) {
    List<LoadedPlugin> found = new ArrayList<>();
    List<PluginProblem> problems = new ArrayList<>();
    List<URLClassLoader> loaders = new ArrayList<>();
    found.addAll(providers(applicationLoader, null, PluginSource.classPath(), problems));
    for (Path jar : jars(pluginDirectory, problems)) {
      loadJar(jar, found, problems, loaders);
    }
    Map<String, LoadedPlugin> byName = new LinkedHashMap<>();
    for (LoadedPlugin plugin : found) {
      LoadedPlugin earlier = byName.putIfAbsent(plugin.name(), plugin);
      if (earlier != null) {
        closeAll(loaders);
        throw new DuplicatePluginException(
            plugin.name(), List.of(earlier.source(), plugin.source()));
      }
    }
    return new RegistrarPlugins(byName, problems, loaders);
  }

  private static List<Path> jars(Path directory, List<PluginProblem> problems) {
    if (directory == null || !Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      problems.add(
          new PluginProblem(
              PluginSource.jar(directory),
              "cannot list the plugin directory: " + e.getMessage(),
              Optional.of(e)));
      return List.of();
    }
  }

  private static void loadJar(
      Path jar,
      List<LoadedPlugin> found,
      List<PluginProblem> problems,
      List<URLClassLoader> loaders) {
    PluginSource source = PluginSource.jar(jar);
    try (JarFile file = new JarFile(jar.toFile())) {
      if (file.getEntry(SERVICE_ENTRY) == null) {
        problems.add(
            new PluginProblem(source, "has no " + SERVICE_ENTRY + " entry", Optional.empty()));
        return;
      }
    } catch (IOException | SecurityException e) {
      problems.add(
          new PluginProblem(source, "is not a readable jar: " + e.getMessage(), Optional.of(e)));
      return;
    }
    URLClassLoader loader;
    try {
      loader =
          new URLClassLoader(
              jar.getFileName().toString(),
              new URL[] {jar.toUri().toURL()},
              RegistrarProvider.class.getClassLoader());
    } catch (IOException e) {
      problems.add(
          new PluginProblem(source, "cannot be opened: " + e.getMessage(), Optional.of(e)));
      return;
    }
    List<PluginProblem> jarProblems = new ArrayList<>();
    List<LoadedPlugin> jarPlugins = providers(loader, loader, source, jarProblems);
    if (jarProblems.isEmpty() && jarPlugins.isEmpty()) {
      jarProblems.add(
          new PluginProblem(source, "declares no loadable registrar provider", Optional.empty()));
    }
    if (!jarProblems.isEmpty()) {
      // Half a jar is worse than none: skip all of it.
      problems.addAll(jarProblems);
      closeAll(List.of(loader));
      return;
    }
    found.addAll(jarPlugins);
    loaders.add(loader);
  }

  /**
   * The providers a loader finds; with {@code onlyFrom} set, only those whose class that loader
   * defines (a jar loader also sees its parent's providers, which are loaded already).
   */
  private static List<LoadedPlugin> providers(
      ClassLoader loader, ClassLoader onlyFrom, PluginSource source, List<PluginProblem> problems) {
    List<LoadedPlugin> result = new ArrayList<>();
    Spliterator<ServiceLoader.Provider<RegistrarProvider>> candidates =
        ServiceLoader.load(RegistrarProvider.class, loader).stream().spliterator();
    List<ServiceLoader.Provider<RegistrarProvider>> batch = new ArrayList<>();
    int errors = 0;
    while (errors < MAX_ERRORS_PER_LOADER) {
      batch.clear();
      try {
        if (!candidates.tryAdvance(batch::add)) {
          break;
        }
      } catch (ServiceConfigurationError | LinkageError e) {
        errors++;
        problems.add(
            new PluginProblem(
                source, "a provider cannot be loaded: " + describe(e), Optional.of(e)));
        continue;
      }
      ServiceLoader.Provider<RegistrarProvider> candidate = batch.get(0);
      if (onlyFrom != null && candidate.type().getClassLoader() != onlyFrom) {
        continue;
      }
      try {
        RegistrarProvider provider = candidate.get();
        RegistrarDescriptor descriptor = provider.descriptor();
        if (descriptor == null) {
          throw new IllegalStateException("descriptor() returned null");
        }
        result.add(new LoadedPlugin(provider, descriptor, source));
      } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
        errors++;
        problems.add(
            new PluginProblem(
                source,
                candidate.type().getName() + " cannot be started: " + describe(e),
                Optional.of(e)));
      }
    }
    return result;
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return root == e
        ? message
        : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
  }

  private static void closeAll(List<URLClassLoader> loaders) {
    for (URLClassLoader loader : loaders) {
      try {
        loader.close();
      } catch (IOException ignored) {
        // Closing only releases file handles; nothing to report to the caller.
      }
    }
  }

  /**
   * The plugins that loaded, class path first, then jars in file-name order.
   *
   * @return the plugins
   */
  public List<LoadedPlugin> plugins() {
    return List.copyOf(plugins.values());
  }

  /**
   * The plugin with this name.
   *
   * @param name the stable name from the descriptor
   * @return the plugin, or empty if none has the name
   */
  public Optional<LoadedPlugin> find(String name) {
    return Optional.ofNullable(plugins.get(name));
  }

  /**
   * The jars and providers that were skipped, with the reason.
   *
   * @return the problems, in the order met
   */
  public List<PluginProblem> problems() {
    return problems;
  }

  /** Closes the jar class loaders. */
  @Override
  public void close() {
    closeAll(loaders);
  }
}
