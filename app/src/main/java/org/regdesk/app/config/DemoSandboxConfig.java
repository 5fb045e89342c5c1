package org.regdesk.app.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Demo mode: the DonDominio sandbox in this process, on a free loopback port, with its state in the
 * data directory so its domains survive restarts. Seeded at its first start with domains the desk
 * does not know yet, for the importer. Closed (and its state saved) when the desk stops.
 *
 * <p>Web application only: the admin command line never starts it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoMode.class)
@ConditionalOnWebApplication
public class DemoSandboxConfig {

  /**
   * The running sandbox; Spring calls {@link Sandbox#close()} at shutdown.
   *
   * @param properties the desk's settings
   * @return the started sandbox
   */
  @Bean(destroyMethod = "close")
  public Sandbox demoSandbox(RegdeskProperties properties) {
    try {
      Files.createDirectories(properties.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + properties.dataDir(), e);
    }
    RegdeskProperties.Sandbox settings = properties.sandbox();
    return Sandbox.builder()
        .host("127.0.0.1")
        .port(0)
        .apiUser(settings.apiUser())
        .apiPassword(settings.apiPassword())
        .seedDomains(settings.seedDomains())
        .stateFile(properties.sandboxStateFile().toAbsolutePath())
        .start();
  }

  /**
   * Where the registrar feature finds the sandbox.
   *
   * @param sandbox the running sandbox
   * @return its address and credentials
   */
  @Bean
  public SandboxEndpoint sandboxEndpoint(Sandbox sandbox) {
    return new SandboxEndpoint(sandbox.uri(), sandbox.apiUser(), sandbox.apiPassword());
  }
}
