package org.regdesk.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class DemoModeTest {

  @TempDir Path dataDir;

  private final HttpClient http = HttpClient.newHttpClient();

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(RegdeskProperties.class)
  static class Properties {}

  private WebApplicationContextRunner desk() {
    return new WebApplicationContextRunner()
        .withUserConfiguration(Properties.class, DemoSandboxConfig.class)
        .withPropertyValues(
            "regdesk.data-dir=" + dataDir,
            "regdesk.sandbox.seed-domains=5",
            "regdesk.sandbox.api-password=demo-secret-pw",
            "spring.datasource.url=jdbc:h2:file:" + dataDir + "/regdesk");
  }

  @Test
  void withTheEmbeddedDatabaseTheSandboxStartsWithTheDeskAndStopsWithIt() {
    AtomicReference<URI> endpoint = new AtomicReference<>();

    desk()
        .run(
            context -> {
              SandboxEndpoint sandbox = context.getBean(SandboxEndpoint.class);
              endpoint.set(sandbox.uri());
              assertThat(sandbox.uri().getHost()).isEqualTo("127.0.0.1");
              assertThat(sandbox.toString()).doesNotContain(sandbox.apiPassword());
              HttpResponse<String> hello = hello(sandbox, sandbox.apiPassword());
              assertThat(hello.body()).contains("\"success\":true");
              assertThat(dataDir.resolve("sandbox-state.json")).exists();
            });

    assertThatThrownBy(() -> hello(new SandboxEndpoint(endpoint.get(), "sandbox", "sandbox"), "x"))
        .isInstanceOf(IOException.class);
  }

  @Test
  void theSandboxKeepsItsDomainsAcrossRestarts() {
    AtomicReference<String> firstList = new AtomicReference<>();
    desk().run(context -> firstList.set(list(context.getBean(SandboxEndpoint.class))));
    desk()
        .withPropertyValues("regdesk.sandbox.seed-domains=0")
        .run(
            context ->
                assertThat(list(context.getBean(SandboxEndpoint.class)))
                    .isEqualTo(firstList.get()));
    assertThat(firstList.get()).contains("\"total\":5");
  }

  @Test
  void aProductionDatabaseTurnsDemoModeOffUnlessAskedFor() {
    desk()
        .withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example/regdesk")
        .run(context -> assertThat(context).doesNotHaveBean(SandboxEndpoint.class));
    desk()
        .withPropertyValues(
            "spring.datasource.url=jdbc:postgresql://db.example/regdesk",
            "regdesk.sandbox.enabled=true")
        .run(context -> assertThat(context).hasSingleBean(SandboxEndpoint.class));
    desk()
        .withPropertyValues("regdesk.sandbox.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(SandboxEndpoint.class));
  }

  private HttpResponse<String> hello(SandboxEndpoint sandbox, String password) throws Exception {
    return http.send(
        HttpRequest.newBuilder(sandbox.uri().resolve("tool/hello/"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "apiuser=" + sandbox.apiUser() + "&apipasswd=" + password))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String list(SandboxEndpoint sandbox) throws Exception {
    return http.send(
            HttpRequest.newBuilder(sandbox.uri().resolve("domain/list/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "apiuser="
                            + sandbox.apiUser()
                            + "&apipasswd="
                            + sandbox.apiPassword()
                            + "&pageLength=100"))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
