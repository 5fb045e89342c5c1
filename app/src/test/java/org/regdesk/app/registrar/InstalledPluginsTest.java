package org.regdesk.app.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Loading plugins from the class path and the plugin directory, with a real drop-in jar compiled
 * here (its provider class exists only inside the jar).
 */
@ExtendWith(OutputCaptureExtension.class)
class InstalledPluginsTest {

  @TempDir Path work;

  @Test
  void loadsTheClassPathAndEveryWorkingJarAndReportsTheBrokenOnesWithoutFailing(
      CapturedOutput output) throws Exception {
    Path directory = Files.createDirectories(work.resolve("plugins/registrars"));
    Path plugin = dropInJar("Extra", "extra", directory.resolve("extra-plugin.jar"));
    Files.writeString(directory.resolve("broken.jar"), "not a zip file");
    emptyJar(directory.resolve("no-provider.jar"));
    Files.writeString(directory.resolve("README.txt"), "plugins go here");

    InstalledPlugins installed = new InstalledPlugins(getClass().getClassLoader(), directory);
    try {
      assertThat(installed.plugins())
          .extracting(RegistrarPlugin::name)
          .contains("dondominio", ProbeRegistrarProvider.NAME, "extra");
      RegistrarPlugin extra =
          installed.plugins().stream()
              .filter(p -> p.name().equals("extra"))
              .findFirst()
              .orElseThrow();
      assertThat(extra.source()).isEqualTo(plugin.toString());
      assertThat(extra.builtIn()).isFalse();
      assertThat(extra.displayName()).isEqualTo("Extra Registrar");
      RegistrarPlugin builtIn =
          InstalledPlugins.describe(installed.find("dondominio").orElseThrow());
      assertThat(builtIn.builtIn()).isTrue();

      assertThat(installed.problems())
          .extracting(PluginLoadProblem::source)
          .containsExactly(
              directory.resolve("broken.jar").toString(),
              directory.resolve("no-provider.jar").toString());
      assertThat(installed.problems().get(0).message()).startsWith("is not a readable jar");
      assertThat(installed.problems().get(1).message()).contains("has no META-INF/services");
      assertThat(output.getOut())
          .contains("Registrar plugin not loaded: " + directory.resolve("broken.jar"))
          .contains("Registrar plugin 'extra' 2.0.0 loaded from " + plugin);
    } finally {
      installed.destroy();
    }
  }

  @Test
  void twoJarsWithOnePluginNameLeaveTheDirectoryOutAndSaySo() throws Exception {
    Path directory = Files.createDirectories(work.resolve("plugins"));
    dropInJar("Twin", "twin", directory.resolve("twin-1.jar"));
    dropInJar("Twin", "twin", directory.resolve("twin-2.jar"));

    InstalledPlugins installed = new InstalledPlugins(getClass().getClassLoader(), directory);
    try {
      assertThat(installed.plugins())
          .extracting(RegistrarPlugin::name)
          .contains("dondominio")
          .doesNotContain("twin");
      assertThat(installed.problems()).hasSize(1);
      assertThat(installed.problems().get(0).source()).isEqualTo(directory.toString());
      assertThat(installed.problems().get(0).message())
          .contains("Two registrar plugins are named 'twin'")
          .contains("No plugin of this directory was loaded");
    } finally {
      installed.destroy();
    }
  }

  @Test
  void aMissingDirectoryMeansOnlyTheClassPathPlugins() {
    InstalledPlugins installed =
        new InstalledPlugins(getClass().getClassLoader(), work.resolve("nowhere"));
    try {
      assertThat(installed.plugins())
          .extracting(RegistrarPlugin::name)
          .containsExactlyInAnyOrder(
              "dondominio", ProbeRegistrarProvider.NAME, IdleRegistrarProvider.NAME);
      assertThat(installed.problems()).isEmpty();
      assertThat(installed.find("nothing")).isEmpty();
      assertThat(installed.find(null)).isEmpty();
    } finally {
      installed.destroy();
    }
  }

  /** Compiles a provider class named {@code <prefix>Provider} into a drop-in jar. */
  private Path dropInJar(String prefix, String name, Path jar) throws IOException {
    Path sources = Files.createDirectories(work.resolve("src-" + jar.getFileName()));
    Path classes = Files.createDirectories(work.resolve("classes-" + jar.getFileName()));
    String className = prefix + "Provider";
    Path source = sources.resolve("dropin/" + className + ".java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        """
        package dropin;

        import org.regdesk.registrar.spi.Registrar;
        import org.regdesk.registrar.spi.RegistrarContext;
        import org.regdesk.registrar.spi.RegistrarProvider;
        import org.regdesk.registrar.spi.descriptor.RegistrarDescriptor;

        public final class %1$s implements RegistrarProvider {
          @Override
          public RegistrarDescriptor descriptor() {
            return RegistrarDescriptor.builder("%2$s", "%3$s Registrar", "2.0.0").build();
          }

          @Override
          public Registrar create(RegistrarContext context) {
            throw new UnsupportedOperationException();
          }
        }
        """
            .formatted(className, name, prefix));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    int status =
        compiler.run(
            null,
            null,
            null,
            "-d",
            classes.toString(),
            "-classpath",
            System.getProperty("java.class.path"),
            source.toString());
    assertThat(status).as("the drop-in provider compiles").isZero();
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(
          new JarEntry("META-INF/services/org.regdesk.registrar.spi.RegistrarProvider"));
      out.write(("dropin." + className + "\n").getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      try (Stream<Path> files = Files.walk(classes)) {
        for (Path compiled : files.filter(Files::isRegularFile).toList()) {
          out.putNextEntry(
              new JarEntry(classes.relativize(compiled).toString().replace('\\', '/')));
          out.write(Files.readAllBytes(compiled));
          out.closeEntry();
        }
      }
    }
    return jar;
  }

  private static void emptyJar(Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("readme.txt"));
      out.write("no provider here".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
  }
}
