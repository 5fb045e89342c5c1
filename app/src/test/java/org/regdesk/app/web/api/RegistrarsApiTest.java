package org.regdesk.app.web.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.registrar.ProbeRegistrarProvider;
import org.regdesk.app.registrar.RegistrarConfigurations;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** {@code /api/v1/registrars}, with the built-in DonDominio plugin and the probe test plugin. */
class RegistrarsApiTest extends WebTestSupport {

  @Autowired ApiTokens tokens;
  @Autowired RegistrarConfigurations configurations;

  private String token;

  @BeforeEach
  void token() {
    token = tokens.create("registrars api test", "test").secret();
  }

  /** The shared desk's health reports the probe: leave it working. */
  @AfterEach
  void putTheProbeBackInOrder() {
    configurations.save(ProbeRegistrarProvider.NAME, ProbeRegistrarProvider.working("api"), "test");
  }

  @Test
  void listsThePluginsWithTheirConfiguredState() throws Exception {
    mvc.perform(authorized(get("/api/v1/registrars")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.items[?(@.name == 'dondominio')].configured").value(hasItem(true)))
        .andExpect(jsonPath("$.items[?(@.name == 'dondominio')].builtIn").value(hasItem(true)))
        .andExpect(
            jsonPath("$.items[?(@.name == 'dondominio')].savedBy").value(hasItem("demo mode")))
        .andExpect(jsonPath("$.items[?(@.name == 'idle')].configured").value(hasItem(false)))
        .andExpect(
            jsonPath("$.items[?(@.name == 'probe')].capabilities[*]").value(hasItem("TLD_PRICES")));

    mvc.perform(authorized(get("/api/v1/registrars").param("size", "1").param("page", "2")))
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.size").value(1));
    mvc.perform(authorized(get("/api/v1/registrars").param("size", "0")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[0].field").value("size"));
    mvc.perform(authorized(get("/api/v1/registrars/dondominio")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.displayName").value(containsString("DonDominio")));
  }

  @Test
  void readsSettingsWithSecretsOnlyAsSetOrNotSet() throws Exception {
    mvc.perform(authorized(get("/api/v1/registrars/dondominio/settings")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.configured").value(true))
        .andExpect(jsonPath("$.settings[?(@.key == 'apiKey')].secret").value(hasItem("set")))
        .andExpect(jsonPath("$.settings[?(@.key == 'apiKey')].type").value(hasItem("SECRET")))
        .andExpect(jsonPath("$.settings[?(@.key == 'environment')].value").value(hasItem("custom")))
        .andExpect(
            jsonPath("$.settings[?(@.key == 'environment')].options[*].value")
                .value(hasItem("production")));
  }

  @Test
  void savesValidatedSettingsNamingEachBadKeyAndNeverReturnsTheSecret() throws Exception {
    mvc.perform(
            authorized(put("/api/v1/registrars/probe/settings"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"login\": \"api-user\", \"password\": \"Api-Pw-4471\", \"token\":"
                        + " \"Api-Token-9\", \"mode\": \"live\", \"ownerLocked\": true}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.settings[?(@.key == 'login')].value").value(hasItem("api-user")))
        .andExpect(jsonPath("$.settings[?(@.key == 'ownerLocked')].value").value(hasItem("true")))
        .andExpect(jsonPath("$.settings[?(@.key == 'password')].secret").value(hasItem("set")))
        .andExpect(jsonPath("$.savedBy").value(containsString("api-token:")))
        .andExpect(content().string(not(containsString("Api-Pw-4471"))))
        .andExpect(content().string(not(containsString("Api-Token-9"))));

    mvc.perform(
            authorized(put("/api/v1/registrars/probe/settings"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"login\": \"\", \"mode\": \"often\", \"colour\": \"blue\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("validation_failed"))
        .andExpect(
            jsonPath("$.fields[?(@.field == 'colour')].message")
                .value(hasItem("is not a setting of Probe Registrar")))
        .andExpect(
            jsonPath("$.fields[?(@.field == 'login')].message").value(hasItem("is required")))
        .andExpect(
            jsonPath("$.fields[?(@.field == 'mode')].message")
                .value(hasItem("must be one of: test, live")));

    mvc.perform(authorized(get("/api/v1/registrars/probe/settings")))
        .andExpect(jsonPath("$.settings[?(@.key == 'login')].value").value(hasItem("api-user")));

    mvc.perform(
            authorized(put("/api/v1/registrars/probe/settings"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"login\": \"api-user\", \"token\": null, \"mode\": \"test\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.settings[?(@.key == 'password')].secret").value(hasItem("set")))
        .andExpect(jsonPath("$.settings[?(@.key == 'token')].secret").value(hasItem("not set")))
        .andExpect(
            jsonPath("$.settings[?(@.key == 'ownerLocked')].value").value(contains(nullValue())));
  }

  @Test
  void testsTheStoredConnection() throws Exception {
    mvc.perform(
            authorized(put("/api/v1/registrars/probe/settings"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"login\": \"api-tester\", \"password\": \"right-password\"}"))
        .andExpect(status().isOk());

    mvc.perform(authorized(post("/api/v1/registrars/probe/connection-test")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ok").value(true))
        .andExpect(jsonPath("$.balance.amount").value(100.00))
        .andExpect(jsonPath("$.balance.currency").value("EUR"))
        .andExpect(jsonPath("$.environment").value("test"))
        .andExpect(jsonPath("$.detail").value("probe greets api-tester"));

    mvc.perform(authorized(post("/api/v1/registrars/dondominio/connection-test")))
        .andExpect(jsonPath("$.ok").value(true))
        .andExpect(jsonPath("$.environment").value("custom"))
        .andExpect(jsonPath("$.production").value(false));
  }

  @Test
  void unknownAndUnconfiguredPluginsAre404And409() throws Exception {
    mvc.perform(authorized(get("/api/v1/registrars/nothing")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.error").value("not_found"));
    mvc.perform(authorized(get("/api/v1/registrars/nothing/settings")))
        .andExpect(status().isNotFound());
    mvc.perform(authorized(post("/api/v1/registrars/idle/connection-test")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.error").value("conflict"))
        .andExpect(jsonPath("$.message").value(containsString("not configured")));
  }

  @Test
  void needsAnAdminTokenAndIsDescribedInOpenApi() throws Exception {
    mvc.perform(get("/api/v1/registrars")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/openapi.json"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/api/v1/registrars/{name}/settings")))
        .andExpect(content().string(containsString("/api/v1/registrars/{name}/connection-test")))
        .andExpect(content().string(containsString("/api/v1/registrar-calls")))
        .andExpect(content().string(containsString("Save a registrar plugin's settings")));
  }

  private MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request) {
    return request.header("Authorization", "Bearer " + token);
  }
}
