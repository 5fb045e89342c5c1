package org.regdesk.registrar.dondominio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.engine.SandboxClock;
import org.regdesk.dondominio.sandbox.http.ApiCall;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.RegistrarContext;
import org.regdesk.registrar.spi.audit.RegistrarCall;
import org.regdesk.registrar.spi.loading.LoadedPlugin;
import org.regdesk.registrar.spi.loading.RegistrarPlugins;
import org.regdesk.registrar.spi.operation.Availability;
import org.regdesk.registrar.spi.operation.DomainStatus;
import org.regdesk.registrar.spi.operation.RegisterRequest;
import org.regdesk.registrar.spi.value.Contact;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Period;
import org.regdesk.registrar.spi.value.RoleContact;

/**
 * The drop-in jar built by {@code package}: copied into a {@code plugins/registrars/} directory, it
 * loads through the SPI's {@link RegistrarPlugins} and works against the sandbox. This test runs in
 * a JVM whose class path has the SPI and the sandbox but neither the plugin's classes nor its
 * unrelocated client, as in the desk.
 */
class DropInJarIT {

  private static Path pluginJar() {
    Path jar = Path.of(System.getProperty("regdesk.plugin.jar", "target/missing-plugin.jar"));
    assertThat(jar).as("the drop-in jar built by package").exists();
    return jar;
  }

  @Test
  void the_jar_bundles_relocated_dependencies_and_leaves_the_spi_to_the_host() throws Exception {
    try (JarFile jar = new JarFile(pluginJar().toFile())) {
      List<String> entries =
          Collections.list(jar.entries()).stream().map(JarEntry::getName).toList();
      assertThat(entries)
          .contains("META-INF/services/org.regdesk.registrar.spi.RegistrarProvider")
          .anyMatch(e -> e.startsWith("org/regdesk/registrar/dondominio/shaded/client/"))
          .anyMatch(e -> e.startsWith("org/regdesk/registrar/dondominio/shaded/jackson/"))
          .anyMatch(e -> e.startsWith("org/regdesk/registrar/dondominio/shaded/phonenumbers/"))
          .noneMatch(e -> e.startsWith("org/regdesk/registrar/spi/"))
          .noneMatch(e -> e.startsWith("org/regdesk/dondominio/"))
          .noneMatch(e -> e.startsWith("tools/jackson/"))
          .noneMatch(e -> e.startsWith("com/google/i18n/"));
    }
  }

  @Test
  void loads_from_the_plugin_directory_and_registers_a_domain_in_the_sandbox(@TempDir Path home)
      throws Exception {
    Path directory = home.resolve(RegistrarPlugins.DIRECTORY);
    Files.createDirectories(directory);
    Files.copy(pluginJar(), directory.resolve("registrar-dondominio.jar"));
    assertThatThrownBy(
            () -> Class.forName("org.regdesk.registrar.dondominio.DonDominioRegistrarProvider"))
        .as("the plugin is not on the host's class path")
        .isInstanceOf(ClassNotFoundException.class);

    List<RegistrarCall> audited = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (RegistrarPlugins plugins =
            RegistrarPlugins.load(ClassLoader.getPlatformClassLoader(), directory);
        Sandbox sandbox =
            Sandbox.builder()
                .port(0)
                .clock(SandboxClock.fixed(Instant.parse("2026-03-02T10:00:00Z")))
                .start()) {
      assertThat(plugins.problems()).isEmpty();
      LoadedPlugin plugin = plugins.find("dondominio").orElseThrow();
      assertThat(plugin.source().jar()).contains(directory.resolve("registrar-dondominio.jar"));
      assertThat(plugin.descriptor().displayName()).isEqualTo("DonDominio / MrDomain");

      RegistrarContext context =
          new RegistrarContext(
              plugin
                  .descriptor()
                  .settings()
                  .bind(
                      Map.of(
                          "apiUsername", sandbox.apiUser(),
                          "apiKey", sandbox.apiPassword(),
                          "environment", "sandbox",
                          "sandboxUrl", sandbox.uri().toString())),
              sandbox.clock(),
              audited::add,
              System.getLogger("drop-in"),
              "Regdesk/0.1.0");
      try (Registrar registrar = plugin.provider().create(context)) {
        assertThat(registrar.testConnection().isOk()).isTrue();
        DomainName name = DomainName.of("drop-in", "com");
        assertThat(registrar.checkAvailability(List.of(name)))
            .singleElement()
            .satisfies(r -> assertThat(r.availability()).isEqualTo(Availability.AVAILABLE));

        Contact oliver =
            Contact.builder()
                .firstName("Oliver")
                .lastName("Smith")
                .identityNumber("GB123456789")
                .email("oliver@example.co.uk")
                .phone("+44.02079460018")
                .address("1 High Street", null)
                .city("London")
                .state("Greater London")
                .postalCode("SW1A 1AA")
                .country("GB")
                .build();
        registrar.register(
            RegisterRequest.builder(
                    name, Period.ofYears(1), Contacts.allRoles(RoleContact.of(oliver)))
                .build());

        ApiCall create =
            sandbox.calls().stream()
                .filter(call -> call.action().equals("domain/create"))
                .findFirst()
                .orElseThrow();
        assertThat(create.parameters()).containsEntry("ownerContactPhone", "+44.2079460018");
        assertThat(create.parameters().get("apipasswd")).isEqualTo(ApiCall.MASK);
        assertThat(create.errorCode()).hasValue(0);
        assertThat(registrar.getDomain(name).status()).isEqualTo(DomainStatus.REGISTRATION_PENDING);
        assertThat(audited).extracting(RegistrarCall::action).contains("domain/create");
      }
    }
  }
}
