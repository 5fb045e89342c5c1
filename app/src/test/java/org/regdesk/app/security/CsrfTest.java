package org.regdesk.app.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.mock.web.MockHttpSession;

class CsrfTest extends WebTestSupport {

  @Test
  void aSignInWithoutTheTokenIsRefused() throws Exception {
    OneTimePassword user = newUser(Role.ADMIN);

    mvc.perform(
            post("/login").param("username", user.username()).param("password", user.password()))
        .andExpect(status().isForbidden());
  }

  @Test
  void aFormPostWithoutTheTokenIsRefusedAndChangesNothing() throws Exception {
    MockHttpSession session = signedIn(Role.ADMIN);

    mvc.perform(post("/admin/settings/api-tokens").session(session).param("name", "no-csrf-token"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/settings/api-tokens")
                .session(session)
                .param("name", "no-csrf-token")
                .with(csrf().useInvalidToken()))
        .andExpect(status().isForbidden());

    mvc.perform(get("/admin/settings/api-tokens").session(session))
        .andExpect(content().string(Matchers.not(Matchers.containsString("no-csrf-token"))));
  }

  @Test
  void everyPageCarriesTheTokenForHtmxAndTheSecurityHeaders() throws Exception {
    MockHttpSession session = signedIn(Role.ADMIN);

    mvc.perform(get("/admin").session(session))
        .andExpect(content().string(Matchers.containsString("<meta name=\"_csrf\" content=\"")))
        .andExpect(
            content()
                .string(
                    Matchers.containsString(
                        "<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\"")))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Referrer-Policy", "same-origin"))
        .andExpect(
            header()
                .string("Content-Security-Policy", Matchers.containsString("script-src 'self'")));
  }

  @Test
  void anHtmxRequestWithTheTokenInTheHeaderIsAccepted() throws Exception {
    MockHttpSession session = signedIn(Role.ADMIN);

    mvc.perform(
            post("/admin/settings/api-tokens")
                .session(session)
                .header("HX-Request", "true")
                .param("name", "via-htmx")
                .with(csrf().asHeader()))
        .andExpect(status().is3xxRedirection());
  }
}
