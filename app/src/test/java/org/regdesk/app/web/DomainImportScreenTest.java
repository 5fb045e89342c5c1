package org.regdesk.app.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.security.Role;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/**
 * Domains › Import and {@code /api/v1/domain-imports} on the shared desk, whose sandbox holds a few
 * seeded domains (other tests may have imported some: counts are checked relative to the listing).
 */
class DomainImportScreenTest extends WebTestSupport {

  @Autowired ApiTokens tokens;

  private MockHttpSession admin;
  private String bearer;

  @BeforeEach
  void setUp() throws Exception {
    admin = signedIn(Role.ADMIN);
    bearer = "Bearer " + tokens.create("import api test", "test").secret();
  }

  @Test
  void theScreenPreviewsRunsAndListsTheRuns() throws Exception {
    mvc.perform(get("/admin/domains/import").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1>Import domains</h1>")))
        .andExpect(content().string(containsString("Import from dondominio")));
    mvc.perform(
            get("/admin/domains/import")
                .param("plugin", "dondominio")
                .param("preview", "true")
                .session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("dondominio lists ")));

    mvc.perform(
            post("/admin/domains/import").param("plugin", "dondominio").session(admin).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/admin/domains/import?plugin=dondominio"))
        .andExpect(flash().attribute("flashSuccess", startsWith("Import #")));
    // a second run finds everything in the desk already
    mvc.perform(
            post("/admin/domains/import").param("plugin", "dondominio").session(admin).with(csrf()))
        .andExpect(flash().attribute("flashSuccess", containsString(", 0 imported,")));
    mvc.perform(get("/admin/domains/import").session(admin))
        .andExpect(content().string(containsString("COMPLETED")));
    mvc.perform(
            get("/admin/domains/import")
                .param("plugin", "dondominio")
                .param("preview", "true")
                .session(admin))
        .andExpect(content().string(containsString("; 0 are not in the desk yet.")));

    mvc.perform(post("/admin/domains/import").param("plugin", "nosuch").session(admin).with(csrf()))
        .andExpect(
            flash()
                .attribute("flashError", containsString("plugin: no registrar plugin is named")));
  }

  @Test
  void theApiRunsAnImportAndListsRuns() throws Exception {
    mvc.perform(
            post("/api/v1/domain-imports")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"plugin\": \"dondominio\"}")
                .header("Authorization", bearer))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.outcome").value("COMPLETED"))
        .andExpect(jsonPath("$.plugin").value("dondominio"))
        .andExpect(jsonPath("$.failed").value(0))
        .andExpect(jsonPath("$.startedBy", startsWith("API_TOKEN ")));
    // everything listed is in the desk now: a second run imports nothing
    mvc.perform(
            post("/api/v1/domain-imports")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"plugin\": \"dondominio\"}")
                .header("Authorization", bearer))
        .andExpect(jsonPath("$.imported").value(0))
        .andExpect(jsonPath("$.failed").value(0));
    mvc.perform(get("/api/v1/domain-imports").header("Authorization", bearer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].outcome").value("COMPLETED"))
        .andExpect(jsonPath("$.items[0].imported").value(0));
    mvc.perform(
            post("/api/v1/domain-imports")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"plugin\": \"\"}")
                .header("Authorization", bearer))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[0].field").value("plugin"));
    mvc.perform(get("/api/v1/domain-imports/999999999").header("Authorization", bearer))
        .andExpect(status().isNotFound());
  }
}
