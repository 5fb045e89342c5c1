package org.regdesk.app.registrar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regdesk.app.config.SandboxEndpoint;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.security.Role;
import org.regdesk.app.testing.WebTestSupport;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.registrar.spi.operation.TransferRequest;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.Contact;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.RoleContact;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/**
 * The DonDominio API key and a transfer's auth code, used for real (the built-in plugin against a
 * sandbox that accepts only that key), never reach the registrar tables, a page, an API answer or
 * the log, even with the desk's loggers at TRACE. Settings are saved through the screen and the
 * API; the demo configuration is put back afterwards.
 */
@ExtendWith(OutputCaptureExtension.class)
class RegistrarSecrecyTest extends WebTestSupport {

  private static final String API_USER = "secrecy-user";
  private static final String API_KEY = "Sbx#Key-5f8Q/ztw";
  private static final String WRONG_KEY = "Wrong#Key-31k/pp";
  private static final String AUTH_CODE = "Xfer+Code#77qa";
  private static final List<String> SECRETS = List.of(API_KEY, WRONG_KEY, AUTH_CODE);
  private static final List<String> TABLES =
      List.of("registrar_configurations", "registrar_setting_values", "registrar_calls");

  private static Sandbox registrar;

  @Autowired RegistrarConfigurations configurations;
  @Autowired Registrars registrars;
  @Autowired SandboxEndpoint demoSandbox;
  @Autowired ApiTokens tokens;
  @Autowired JdbcClient jdbc;
  @Autowired LoggingSystem logging;

  @BeforeAll
  static void startRegistrar() {
    registrar =
        Sandbox.builder()
            .host("127.0.0.1")
            .port(0)
            .apiUser(API_USER)
            .apiPassword(API_KEY)
            .seedDomains(0)
            .start();
  }

  @AfterAll
  static void stopRegistrar() {
    registrar.close();
  }

  @AfterEach
  void putTheDemoConfigurationBack() {
    logging.setLogLevel("org.regdesk", null);
    logging.setLogLevel("org.regdesk.dondominio", LogLevel.WARN);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("environment", "custom");
    values.put("customUrl", demoSandbox.uri().toString());
    values.put("apiUsername", demoSandbox.apiUser());
    values.put("apiKey", demoSandbox.apiPassword());
    configurations.save("dondominio", SettingsChange.of(values), DemoRegistrarConfiguration.ACTOR);
  }

  @Test
  void secretsUsedForRealNeverLandInTheTablesPagesApiOrLog(CapturedOutput output) throws Exception {
    logging.setLogLevel("org.regdesk", LogLevel.TRACE);
    logging.setLogLevel("org.regdesk.dondominio", LogLevel.TRACE);
    MockHttpSession admin = signedIn(Role.ADMIN);
    String url = registrar.uri().toString();

    mvc.perform(
            post("/admin/settings/registrars/dondominio")
                .session(admin)
                .with(csrf())
                .param("setting.apiUsername", API_USER)
                .param("setting.apiKey", API_KEY)
                .param("setting.environment", "custom")
                .param("setting.customUrl", url)
                .param("setting.newDomainRenewalMode", "MANUAL")
                .param("setting.allowPremium", "false"))
        .andExpect(status().isFound());
    assertNoSecretIn(tableContents(), "the registrar tables after saving through the screen");

    String refused =
        mvc.perform(
                post("/admin/settings/registrars/dondominio/test")
                    .session(admin)
                    .with(csrf())
                    .header("HX-Request", "true")
                    .param("setting.apiUsername", API_USER)
                    .param("setting.apiKey", WRONG_KEY)
                    .param("setting.environment", "custom")
                    .param("setting.customUrl", url)
                    .param("setting.newDomainRenewalMode", "MANUAL"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("The registrar refused the credentials");
    assertNoSecretIn(refused, "the connection test of a wrong key");

    String token = tokens.create("secrecy test", "test").secret();
    String saved =
        mvc.perform(
                put("/api/v1/registrars/dondominio/settings")
                    .header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"apiUsername": "%s", "apiKey": "%s", "environment": "custom",
                         "customUrl": "%s", "newDomainRenewalMode": "MANUAL"}
                        """
                            .formatted(API_USER, API_KEY, url)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertNoSecretIn(saved, "the API's answer to saving");
    assertNoSecretIn(tableContents(), "the registrar tables after saving through the API");

    assertThat(registrars.testConnection("dondominio").isOk()).as("the key works").isTrue();
    registrar.addForeignDomain("secrecy-move.com", AUTH_CODE);
    DomainName moving = DomainName.of("secrecy-move", "com");
    try (Trigger.Scope scope = Trigger.user("transfer-clerk").enter()) {
      registrars
          .registrar("dondominio")
          .transfer(
              TransferRequest.builder(
                      moving, AuthCode.of(AUTH_CODE), Contacts.allRoles(RoleContact.of(oliver())))
                  .build());
    }

    String tables = tableContents();
    assertThat(tables).contains("domain/transfer").contains("transfer-clerk").contains("****");
    assertNoSecretIn(tables, "the registrar tables after a transfer");
    String page =
        mvc.perform(get("/admin/settings/registrars").param("plugin", "dondominio").session(admin))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("domain/transfer").contains("secrecy-move.com");
    assertNoSecretIn(page, "the settings page with its recent calls");
    for (String path :
        List.of(
            "/api/v1/registrar-calls?domain=secrecy-move.com",
            "/api/v1/registrar-calls?plugin=dondominio&size=500",
            "/api/v1/registrars/dondominio/settings")) {
      String answer =
          mvc.perform(get(path).header("Authorization", "Bearer " + token))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertNoSecretIn(answer, path);
    }
    assertThat(output.getAll()).contains("secrecy-move.com");
    assertNoSecretIn(output.getAll(), "the log");
  }

  /** Every value of every column of the registrar tables, as text. */
  private String tableContents() {
    StringBuilder all = new StringBuilder();
    for (String table : TABLES) {
      jdbc.sql("SELECT * FROM " + table)
          .query(
              (RowCallbackHandler)
                  rs -> {
                    ResultSetMetaData columns = rs.getMetaData();
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                      row.add(columns.getColumnName(i) + "=" + rs.getString(i));
                    }
                    all.append(table).append(row).append('\n');
                  });
    }
    return all.toString();
  }

  private static void assertNoSecretIn(String text, String where) {
    for (String secret : SECRETS) {
      assertThat(text)
          .as(where)
          .doesNotContain(secret)
          .doesNotContain(URLEncoder.encode(secret, StandardCharsets.UTF_8));
    }
  }

  private static Contact oliver() {
    return Contact.builder()
        .firstName("Oliver")
        .lastName("Smith")
        .identityNumber("GB123456789")
        .email("oliver@example.co.uk")
        .phone("+44.2079460018")
        .address("1 High Street", "Flat 3")
        .city("London")
        .state("Greater London")
        .postalCode("SW1A 1AA")
        .country("GB")
        .build();
  }
}
