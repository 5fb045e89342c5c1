package org.regdesk.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.security.Role;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

class ApiTokensScreenTest extends WebTestSupport {

  @Autowired ApiTokens tokens;

  @Test
  void creatingShowsTheTokenOnceThenOnlyItsPrefix() throws Exception {
    MockHttpSession session = signedIn(Role.ADMIN);

    MvcResult created =
        mvc.perform(
                post("/admin/settings/api-tokens")
                    .session(session)
                    .param("name", "screen token")
                    .with(csrf()))
            .andExpect(redirectedUrl("/admin/settings/api-tokens"))
            .andExpect(flash().attribute("newToken", Matchers.startsWith("rdk_")))
            .andReturn();
    String secret = (String) created.getFlashMap().get("newToken");

    mvc.perform(
            get("/admin/settings/api-tokens").session(session).flashAttrs(created.getFlashMap()))
        .andExpect(content().string(Matchers.containsString(secret)))
        .andExpect(content().string(Matchers.containsString("Copy it now")));
    MockHttpSession otherAdmin = signedIn(Role.ADMIN);
    mvc.perform(get("/admin/settings/api-tokens").session(otherAdmin))
        .andExpect(content().string(Matchers.containsString("screen token")))
        .andExpect(content().string(Matchers.containsString(secret.substring(0, 12) + "…")))
        .andExpect(content().string(Matchers.not(Matchers.containsString(secret))));
    assertThat(tokens.authenticate(secret)).isPresent();
  }

  @Test
  void aBlankNameShowsTheErrorNextToTheFieldAndInTheSummary() throws Exception {
    MockHttpSession session = signedIn(Role.ADMIN);

    mvc.perform(post("/admin/settings/api-tokens").session(session).param("name", "").with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("class=\"error-summary\"")))
        .andExpect(content().string(Matchers.containsString("name: is required")))
        .andExpect(content().string(Matchers.containsString("id=\"name-error\"")))
        .andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
  }

  @Test
  void revokingStopsTheToken() throws Exception {
    MockHttpSession session = signedIn(Role.ADMIN);
    var token = tokens.create("to revoke on screen", "test");

    mvc.perform(
            post("/admin/settings/api-tokens/" + token.token().id() + "/revoke")
                .session(session)
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/settings/api-tokens"))
        .andExpect(flash().attribute(Flash.SUCCESS, Matchers.containsString("revoked")));

    assertThat(tokens.authenticate(token.secret())).isEmpty();
    mvc.perform(
            post("/admin/settings/api-tokens/" + token.token().id() + "/revoke")
                .session(session)
                .with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(Matchers.containsString("already revoked")));
  }
}
