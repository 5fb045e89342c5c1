package org.regdesk.app.web.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.registrar.ProbeRegistrarProvider;
import org.regdesk.app.registrar.RegistrarConfigurations;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.registrar.SettingsChange;
import org.regdesk.app.registrar.Trigger;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.security.NewApiToken;
import org.regdesk.app.testing.WebTestSupport;
import org.regdesk.registrar.spi.value.DomainName;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /api/v1/registrar-calls}: the audit, newest first, by domain and plugin. */
class RegistrarCallsApiTest extends WebTestSupport {

  @Autowired ApiTokens tokens;
  @Autowired Registrars registrars;
  @Autowired RegistrarConfigurations configurations;

  private NewApiToken token;

  @BeforeEach
  void setUp() {
    token = tokens.create("calls api test", "test");
    Map<String, String> values = new LinkedHashMap<>();
    values.put("login", "calls");
    values.put("password", ProbeRegistrarProvider.RIGHT_PASSWORD);
    configurations.save(ProbeRegistrarProvider.NAME, SettingsChange.of(values), "test");
  }

  @Test
  void listsADomainsCallsNewestFirstWithTheirTriggerAndMaskedParameters() throws Exception {
    DomainName domain = DomainName.of("audited-" + System.nanoTime(), "com");
    try (Trigger.Scope scope = Trigger.job("transfer poll").enter()) {
      registrars.registrar(ProbeRegistrarProvider.NAME).getAuthCode(domain);
      try {
        registrars.registrar(ProbeRegistrarProvider.NAME).getDomain(domain);
      } catch (org.regdesk.registrar.spi.error.NotFoundException expected) {
        // the probe registrar holds no domains
      }
    }

    mvc.perform(
            get("/api/v1/registrar-calls")
                .param("domain", domain.ascii().toUpperCase(java.util.Locale.ROOT))
                .header("Authorization", "Bearer " + token.secret()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalItems").value(2))
        .andExpect(jsonPath("$.items[0].action").value("probe/info"))
        .andExpect(jsonPath("$.items[0].outcome").value("NOT_FOUND"))
        .andExpect(jsonPath("$.items[0].registrarCode").value("404"))
        .andExpect(jsonPath("$.items[0].domain").value(domain.ascii()))
        .andExpect(jsonPath("$.items[0].trigger.kind").value("JOB"))
        .andExpect(jsonPath("$.items[0].trigger.name").value("transfer poll"))
        .andExpect(jsonPath("$.items[1].action").value("probe/authcode"))
        .andExpect(jsonPath("$.items[1].outcome").value("SUCCEEDED"))
        .andExpect(jsonPath("$.items[1].parameters.authcode").value("****"))
        .andExpect(jsonPath("$.items[1].plugin").value("probe"))
        .andExpect(content().string(not(containsString(ProbeRegistrarProvider.AUTH_CODE))));
  }

  @Test
  void callsMadeThroughTheApiNameTheToken() throws Exception {
    mvc.perform(
            post("/api/v1/registrars/probe/connection-test")
                .header("Authorization", "Bearer " + token.secret()))
        .andExpect(jsonPath("$.ok").value(true));

    String byThisToken =
        "$.items[?(@.trigger.kind == 'API_TOKEN' && @.trigger.name == '"
            + token.token().id()
            + ":calls api test')]";
    mvc.perform(
            get("/api/v1/registrar-calls")
                .param("plugin", "probe")
                .param("size", "500")
                .header("Authorization", "Bearer " + token.secret()))
        .andExpect(status().isOk())
        .andExpect(jsonPath(byThisToken + ".action").value(contains("probe/hello")))
        .andExpect(jsonPath(byThisToken + ".parameters.password").value(contains("****")))
        .andExpect(jsonPath(byThisToken + ".parameters.echo").value(contains("sent ****")))
        .andExpect(jsonPath(byThisToken + ".durationMs").value(contains(0)))
        .andExpect(content().string(not(containsString(ProbeRegistrarProvider.RIGHT_PASSWORD))));
  }

  @Test
  void aMalformedDomainFilterNamesTheParameter() throws Exception {
    mvc.perform(
            get("/api/v1/registrar-calls")
                .param("domain", "www.shop.example.com")
                .header("Authorization", "Bearer " + token.secret()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("validation_failed"))
        .andExpect(jsonPath("$.fields[0].field").value("domain"))
        .andExpect(jsonPath("$.fields[0].message").value(containsString("sub-domain")));
    mvc.perform(get("/api/v1/registrar-calls")).andExpect(status().isUnauthorized());
  }
}
