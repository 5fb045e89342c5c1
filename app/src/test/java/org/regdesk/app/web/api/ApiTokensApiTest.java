package org.regdesk.app.web.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.security.NewApiToken;
import org.regdesk.app.security.Role;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

class ApiTokensApiTest extends WebTestSupport {

  @Autowired ApiTokens tokens;

  @Test
  void withoutATokenTheApiAnswers401Json() throws Exception {
    mvc.perform(get("/api/v1/api-tokens"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(header().string("WWW-Authenticate", "Bearer"))
        .andExpect(jsonPath("$.error").value("unauthorized"))
        .andExpect(jsonPath("$.message").value(Matchers.containsString("Authorization: Bearer")));
  }

  @Test
  void anUnknownTokenIs401() throws Exception {
    mvc.perform(get("/api/v1/api-tokens").header("Authorization", "Bearer rdk_not-a-real-token"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.error").value("unauthorized"));
  }

  @Test
  void aRevokedTokenIs401AndAGoodOneIs200() throws Exception {
    NewApiToken good = tokens.create("good", "test");
    NewApiToken revoked = tokens.create("revoked", "test");
    tokens.revoke(revoked.token().id());

    mvc.perform(get("/api/v1/api-tokens").header("Authorization", "Bearer " + revoked.secret()))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.message").value("the API token is unknown or revoked"));
    mvc.perform(get("/api/v1/api-tokens").header("Authorization", "Bearer " + good.secret()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.size").value(50))
        .andExpect(jsonPath("$.totalItems").isNumber())
        .andExpect(jsonPath("$.items[?(@.name == 'good')].prefix").isNotEmpty())
        .andExpect(content().string(Matchers.not(Matchers.containsString(good.secret()))));
  }

  @Test
  void theSessionCookieDoesNotOpenTheApi() throws Exception {
    MockHttpSession session = signedIn(Role.ADMIN);

    mvc.perform(get("/api/v1/api-tokens").session(session)).andExpect(status().isUnauthorized());
  }

  @Test
  void createShowsTheTokenOnceAndTheNewTokenWorks() throws Exception {
    String admin = tokens.create("admin-for-create", "test").secret();

    String body =
        mvc.perform(
                post("/api/v1/api-tokens")
                    .header("Authorization", "Bearer " + admin)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\": \"billing sync\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.token.name").value("billing sync"))
            .andExpect(jsonPath("$.token.createdBy").value(Matchers.startsWith("api-token:")))
            .andExpect(jsonPath("$.secret").value(Matchers.startsWith("rdk_")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String secret = body.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");

    mvc.perform(get("/api/v1/api-tokens").header("Authorization", "Bearer " + secret))
        .andExpect(status().isOk());
  }

  @Test
  void aBlankNameIsValidationFailedNamingTheFieldAndCreatesNothing() throws Exception {
    String admin = tokens.create("admin-for-validation", "test").secret();
    long before = tokens.list(org.regdesk.app.storage.PageRequest.first()).totalItems();

    mvc.perform(
            post("/api/v1/api-tokens")
                .header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"  \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("validation_failed"))
        .andExpect(jsonPath("$.fields[0].field").value("name"))
        .andExpect(jsonPath("$.fields[0].message").value("is required"));

    org.assertj.core.api.Assertions.assertThat(
            tokens.list(org.regdesk.app.storage.PageRequest.first()).totalItems())
        .isEqualTo(before);
  }

  @Test
  void malformedJsonAndBadPagingAreNamed() throws Exception {
    String admin = tokens.create("admin-for-malformed", "test").secret();

    mvc.perform(
            post("/api/v1/api-tokens")
                .header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{not json"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("malformed_request"));
    mvc.perform(
            get("/api/v1/api-tokens")
                .param("size", "0")
                .param("page", "0")
                .header("Authorization", "Bearer " + admin))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.fields[*].field").value(Matchers.containsInAnyOrder("page", "size")));
    mvc.perform(
            get("/api/v1/api-tokens").param("page", "x").header("Authorization", "Bearer " + admin))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[0].field").value("page"));
  }

  @Test
  void revokingIs204ThenConflictAndAnUnknownIdIs404() throws Exception {
    String admin = tokens.create("admin-for-revoke", "test").secret();
    long victim = tokens.create("victim", "test").token().id();

    mvc.perform(delete("/api/v1/api-tokens/" + victim).header("Authorization", "Bearer " + admin))
        .andExpect(status().isNoContent());
    mvc.perform(delete("/api/v1/api-tokens/" + victim).header("Authorization", "Bearer " + admin))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.error").value("conflict"));
    mvc.perform(delete("/api/v1/api-tokens/999999").header("Authorization", "Bearer " + admin))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.error").value("not_found"))
        .andExpect(jsonPath("$.message").value("API token 999999 does not exist"));
  }

  @Test
  void theOpenApiDescriptionIsPublicAndCoversOnlyTheApi() throws Exception {
    mvc.perform(get("/api/v1/openapi.json"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.info.title").value("Regdesk API"))
        .andExpect(jsonPath("$.paths['/api/v1/api-tokens']").exists())
        .andExpect(content().string(Matchers.not(Matchers.containsString("/admin"))))
        .andExpect(content().string(Matchers.not(Matchers.containsString("/actuator"))));
  }

  @Test
  void healthIsPublicAndPrometheusNeedsAnAdminToken() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    String admin = tokens.create("prometheus", "test").secret();
    mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + admin))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")));
    mvc.perform(get("/actuator/health").header("Authorization", "Bearer " + admin))
        .andExpect(jsonPath("$.components.db.status").value("UP"));
    mvc.perform(get("/actuator/env").header("Authorization", "Bearer " + admin))
        .andExpect(status().isNotFound());
  }
}
