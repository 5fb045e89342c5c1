package org.regdesk.registrar.spi.loading;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.regdesk.registrar.spi.RegistrarProvider;

/**
 * Builds real plugin jars for loading tests: compiles provider sources against the SPI with the JDK
 * compiler and packs them with a service entry, as a plugin author's build would.
 */
final class PluginJars {

  static final String SERVICE_ENTRY = "META-INF/services/" + RegistrarProvider.class.getName();

  private final Path classes;

  private PluginJars(Path classes) {
    this.classes = classes;
  }

  /** Compiles every provider source in one go (the compiler is the slow part). */
  static PluginJars compile(Path workDir, List<ProviderSource> sources) throws IOException {
    Path src = Files.createDirectories(workDir.resolve("src/test/plugins"));
    Path classes = Files.createDirectories(workDir.resolve("classes"));
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--release",
                "17",
                "-proc:none",
                "-classpath",
                spiClasses().toString(),
                "-d",
                classes.toString()));
    for (ProviderSource source : sources) {
      Path file = src.resolve(source.className() + ".java");
      Files.writeString(file, source.code(), StandardCharsets.UTF_8);
      arguments.add(file.toString());
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    int status =
        compiler.run(
            null,
            null,
            new java.io.PrintStream(OutputStream.nullOutputStream()) {
              @Override
              public void write(byte[] b, int off, int len) {
                errors.write(new String(b, off, len, StandardCharsets.UTF_8));
              }
            },
            arguments.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException("plugin sources do not compile:\n" + errors);
    }
    return new PluginJars(classes);
  }

  private static Path spiClasses() {
    try {
      return Path.of(
          RegistrarProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The directory of compiled classes, usable as a class path. */
  Path classesDirectory() {
    return classes;
  }

  /** Writes the service entry into the classes directory, listing the given providers. */
  void registerOnClassPath(String... providerClassNames) throws IOException {
    Path entry = classes.resolve(SERVICE_ENTRY);
    Files.createDirectories(entry.getParent());
    Files.writeString(entry, String.join("\n", providerClassNames) + "\n", StandardCharsets.UTF_8);
  }

  /**
   * A jar holding the named providers' classes and a service entry listing {@code serviceLines}.
   */
  Path jar(Path target, List<String> simpleClassNames, String... serviceLines) throws IOException {
    Files.createDirectories(target.getParent());
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(target))) {
      Path packageDir = classes.resolve("test/plugins");
      try (Stream<Path> files = Files.list(packageDir)) {
        for (Path file : files.sorted().toList()) {
          String name = file.getFileName().toString();
          boolean wanted =
              simpleClassNames.stream()
                  .anyMatch(c -> name.equals(c + ".class") || name.startsWith(c + "$"));
          if (wanted) {
            jar.putNextEntry(new JarEntry("test/plugins/" + name));
            jar.write(Files.readAllBytes(file));
            jar.closeEntry();
          }
        }
      }
      if (serviceLines.length > 0) {
        jar.putNextEntry(new JarEntry(SERVICE_ENTRY));
        jar.write((String.join("\n", serviceLines) + "\n").getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
      }
    }
    return target;
  }

  /** The source of one provider class in package {@code test.plugins}. */
  record ProviderSource(String className, String code) {

    /** A working provider with this plugin name, whose connection test greets with its class. */
    static ProviderSource working(String className, String pluginName) {
      return new ProviderSource(
          className,
          """
          package test.plugins;

          import java.util.Optional;
          import org.regdesk.registrar.spi.Registrar;
          import org.regdesk.registrar.spi.RegistrarContext;
          import org.regdesk.registrar.spi.RegistrarProvider;
          import org.regdesk.registrar.spi.descriptor.Capabilities;
          import org.regdesk.registrar.spi.descriptor.Capability;
          import org.regdesk.registrar.spi.descriptor.RegistrarDescriptor;
          import org.regdesk.registrar.spi.error.NotFoundException;
          import org.regdesk.registrar.spi.error.RegistrarException;
          import org.regdesk.registrar.spi.operation.ConnectionReport;
          import org.regdesk.registrar.spi.operation.DomainSnapshot;
          import org.regdesk.registrar.spi.value.DomainName;

          public final class %1$s implements RegistrarProvider {
            @Override
            public RegistrarDescriptor descriptor() {
              return RegistrarDescriptor.builder("%2$s", "Plugin %2$s", "1.0.0")
                  .capabilities(Capabilities.of(Capability.LOCK))
                  .build();
            }

            @Override
            public Registrar create(RegistrarContext context) {
              return new Registrar() {
                @Override
                public ConnectionReport testConnection() {
                  return new ConnectionReport(true, true, Optional.empty(), Optional.empty(),
                      "test", false, Optional.of("hello from %1$s"));
                }

                @Override
                public DomainSnapshot getDomain(DomainName domain) throws RegistrarException {
                  throw NotFoundException.domain(domain, null);
                }
              };
            }
          }
          """
              .formatted(className, pluginName));
    }

    /** A provider whose descriptor cannot be built. */
    static ProviderSource brokenDescriptor(String className) {
      return new ProviderSource(
          className,
          """
          package test.plugins;

          import org.regdesk.registrar.spi.Registrar;
          import org.regdesk.registrar.spi.RegistrarContext;
          import org.regdesk.registrar.spi.RegistrarProvider;
          import org.regdesk.registrar.spi.descriptor.RegistrarDescriptor;

          public final class %1$s implements RegistrarProvider {
            @Override
            public RegistrarDescriptor descriptor() {
              return RegistrarDescriptor.builder("Not A Valid Name", "Broken", "1").build();
            }

            @Override
            public Registrar create(RegistrarContext context) {
              throw new UnsupportedOperationException();
            }
          }
          """
              .formatted(className));
    }
  }
}
