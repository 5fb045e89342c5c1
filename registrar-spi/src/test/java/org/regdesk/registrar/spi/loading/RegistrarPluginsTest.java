package org.regdesk.registrar.spi.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.RegistrarContext;
import org.regdesk.registrar.spi.RegistrarProvider;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.descriptor.SettingsSchema;
import org.regdesk.registrar.spi.loading.PluginJars.ProviderSource;

class RegistrarPluginsTest {

  @TempDir static Path build;
  @TempDir Path work;

  private static PluginJars jars;

  @BeforeAll
  static void compilePlugins() throws IOException {
    jars =
        PluginJars.compile(
            build,
            List.of(
                ProviderSource.working("AlphaProvider", "alpha"),
                ProviderSource.working("BetaProvider", "beta"),
                ProviderSource.working("AlphaForkProvider", "alpha"),
                ProviderSource.brokenDescriptor("BrokenProvider")));
  }

  private Path pluginDir() {
    return work.resolve(RegistrarPlugins.DIRECTORY);
  }

  private Path alphaJar() throws IOException {
    return jars.jar(
        pluginDir().resolve("alpha-1.0.jar"),
        List.of("AlphaProvider"),
        "test.plugins.AlphaProvider");
  }

  private Path betaJar() throws IOException {
    return jars.jar(
        pluginDir().resolve("beta-2.3.jar"), List.of("BetaProvider"), "test.plugins.BetaProvider");
  }

  private static ClassLoader spiOnly() {
    return RegistrarProvider.class.getClassLoader();
  }

  private static RegistrarContext context() {
    return new RegistrarContext(
        SettingsSchema.EMPTY.bind(Map.of()),
        Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
        call -> {},
        System.getLogger("test"),
        "Regdesk/test");
  }

  @Test
  void a_plugin_jar_dropped_into_the_directory_loads_in_its_own_class_loader() throws Exception {
    Path alpha = alphaJar();
    Path beta = betaJar();

    try (RegistrarPlugins plugins = RegistrarPlugins.load(spiOnly(), pluginDir())) {
      assertThat(plugins.problems()).isEmpty();
      assertThat(plugins.plugins()).extracting(LoadedPlugin::name).containsExactly("alpha", "beta");
      LoadedPlugin loaded = plugins.find("alpha").orElseThrow();
      assertThat(loaded.source()).isEqualTo(PluginSource.jar(alpha));
      assertThat(plugins.find("beta").orElseThrow().source().jar()).contains(beta);
      assertThat(loaded.descriptor().capabilities().supports(Capability.LOCK)).isTrue();

      ClassLoader pluginLoader = loaded.provider().getClass().getClassLoader();
      assertThat(pluginLoader).isInstanceOf(URLClassLoader.class).isNotSameAs(spiOnly());
      assertThat(pluginLoader.getParent()).isSameAs(spiOnly());

      try (Registrar registrar = loaded.provider().create(context())) {
        assertThat(registrar.testConnection().detail()).contains("hello from AlphaProvider");
      }
    }
  }

  @Test
  void two_plugins_with_one_name_are_refused_naming_both_jars() throws Exception {
    Path alpha = alphaJar();
    Path fork =
        jars.jar(
            pluginDir().resolve("alpha-fork.jar"),
            List.of("AlphaForkProvider"),
            "test.plugins.AlphaForkProvider");

    assertThatThrownBy(() -> RegistrarPlugins.load(spiOnly(), pluginDir()))
        .isInstanceOfSatisfying(
            DuplicatePluginException.class,
            e -> {
              assertThat(e.pluginName()).isEqualTo("alpha");
              assertThat(e.sources())
                  .containsExactlyInAnyOrder(PluginSource.jar(alpha), PluginSource.jar(fork));
              assertThat(e.getMessage())
                  .contains("'alpha'")
                  .contains(alpha.toString())
                  .contains(fork.toString())
                  .contains("Remove one of them");
            });
  }

  @Test
  void a_corrupt_jar_is_reported_and_skipped_while_the_others_load() throws Exception {
    Files.createDirectories(pluginDir());
    Path corrupt =
        Files.write(pluginDir().resolve("aaa-corrupt.jar"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    betaJar();

    try (RegistrarPlugins plugins = RegistrarPlugins.load(spiOnly(), pluginDir())) {
      assertThat(plugins.plugins()).extracting(LoadedPlugin::name).containsExactly("beta");
      assertThat(plugins.problems())
          .singleElement()
          .satisfies(
              problem -> {
                assertThat(problem.source()).isEqualTo(PluginSource.jar(corrupt));
                assertThat(problem.message()).startsWith("is not a readable jar");
                assertThat(problem.cause()).isPresent();
              });
    }
  }

  @Test
  void jars_without_a_working_provider_are_each_reported_and_skipped() throws Exception {
    Path noEntry = jars.jar(pluginDir().resolve("no-entry.jar"), List.of("AlphaProvider"));
    Path missingClass =
        jars.jar(pluginDir().resolve("missing-class.jar"), List.of(), "test.plugins.GoneProvider");
    Path broken =
        jars.jar(
            pluginDir().resolve("broken.jar"),
            List.of("BrokenProvider"),
            "test.plugins.BrokenProvider");
    Files.writeString(pluginDir().resolve("README.txt"), "not a jar, ignored");
    betaJar();

    try (RegistrarPlugins plugins = RegistrarPlugins.load(spiOnly(), pluginDir())) {
      assertThat(plugins.plugins()).extracting(LoadedPlugin::name).containsExactly("beta");
      assertThat(plugins.problems())
          .extracting(PluginProblem::source)
          .containsExactly(
              PluginSource.jar(broken), PluginSource.jar(missingClass), PluginSource.jar(noEntry));
      assertThat(plugins.problems().get(0).message())
          .startsWith("test.plugins.BrokenProvider cannot be started")
          .contains("name: must be 1-32 characters");
      assertThat(plugins.problems().get(1).message())
          .contains("a provider cannot be loaded")
          .contains("GoneProvider");
      assertThat(plugins.problems().get(2).message()).startsWith("has no META-INF/services/");
    }
  }

  @Test
  void plugins_on_the_application_class_path_load_too_and_clash_with_a_jar_of_the_same_name()
      throws Exception {
    jars.registerOnClassPath("test.plugins.AlphaProvider");
    try (URLClassLoader application =
        new URLClassLoader(new URL[] {jars.classesDirectory().toUri().toURL()}, spiOnly())) {
      betaJar();
      try (RegistrarPlugins plugins = RegistrarPlugins.load(application, pluginDir())) {
        assertThat(plugins.plugins())
            .extracting(LoadedPlugin::name)
            .containsExactly("alpha", "beta");
        assertThat(plugins.find("alpha").orElseThrow().source())
            .isEqualTo(PluginSource.classPath());
      }

      alphaJar();
      assertThatThrownBy(() -> RegistrarPlugins.load(application, pluginDir()))
          .isInstanceOf(DuplicatePluginException.class)
          .hasMessageContaining("the application class path");
    } finally {
      Files.delete(jars.classesDirectory().resolve(PluginJars.SERVICE_ENTRY));
    }
  }

  @Test
  void a_missing_plugin_directory_means_no_jar_plugins() {
    try (RegistrarPlugins plugins = RegistrarPlugins.load(spiOnly(), work.resolve("nowhere"))) {
      assertThat(plugins.plugins()).isEmpty();
      assertThat(plugins.problems()).isEmpty();
      assertThat(plugins.find("alpha")).isEmpty();
    }
  }
}
