package org.regdesk.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class LoginTest extends WebTestSupport {

  private static final String CHOSEN = "a long and private passphrase";

  @Test
  void theLoginPageIsAForm() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"username\"")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
  }

  @Test
  void theRightPasswordSignsInAndTheAdminLandsOnTheDashboard() throws Exception {
    OneTimePassword user = newUser(Role.ADMIN);
    MockHttpSession session = changeOneTimePassword(user, newAddress());

    mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/admin"));
    mvc.perform(get("/admin").session(session)).andExpect(status().isOk());

    MvcResult again = signIn(user.username(), CHOSEN, newAddress());
    assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/");
  }

  @Test
  void aWrongPasswordIsRefusedWithAMessage() throws Exception {
    OneTimePassword user = newUser(Role.ADMIN);

    MvcResult result = signIn(user.username(), "wrong", newAddress());

    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    mvc.perform(get("/login").param("error", ""))
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("Wrong user name or password")));
  }

  @Test
  void fiveFailuresLockTheUserNameEvenForTheRightPasswordUntilTheLockoutPasses() throws Exception {
    OneTimePassword user = newUser(Role.ADMIN);
    for (int i = 0; i < 5; i++) {
      assertThat(
              signIn(user.username(), "wrong" + i, newAddress()).getResponse().getRedirectedUrl())
          .isEqualTo("/login?error");
      clock.advance(Duration.ofMinutes(1));
    }

    // locked for 15 minutes from the last failure, a minute ago
    MvcResult locked = signIn(user.username(), user.password(), newAddress());
    assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/login?locked=14");
    mvc.perform(get("/login").param("locked", "14"))
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("try again in 14 minutes")));

    clock.advance(Duration.ofMinutes(13));
    assertThat(
            signIn(user.username(), user.password(), newAddress()).getResponse().getRedirectedUrl())
        .isEqualTo("/login?locked=1");

    clock.advance(Duration.ofMinutes(1));
    assertThat(
            signIn(user.username(), user.password(), newAddress()).getResponse().getRedirectedUrl())
        .isEqualTo("/account/password");
  }

  @Test
  void failuresSpreadOverMoreThanTheWindowDoNotLock() throws Exception {
    OneTimePassword user = newUser(Role.ADMIN);
    for (int i = 0; i < 8; i++) {
      signIn(user.username(), "wrong", newAddress());
      clock.advance(Duration.ofMinutes(4));
    }

    assertThat(
            signIn(user.username(), user.password(), newAddress()).getResponse().getRedirectedUrl())
        .isEqualTo("/account/password");
  }

  @Test
  void oneAddressGuessingManyUserNamesIsLockedToo() throws Exception {
    RequestPostProcessor attacker = newAddress();
    for (int i = 0; i < 20; i++) {
      signIn("nobody-" + i, "guess", attacker);
    }
    OneTimePassword user = newUser(Role.ADMIN);

    assertThat(signIn(user.username(), user.password(), attacker).getResponse().getRedirectedUrl())
        .startsWith("/login?locked=");
    assertThat(
            signIn(user.username(), user.password(), newAddress()).getResponse().getRedirectedUrl())
        .isEqualTo("/account/password");
  }

  @Test
  void aOneTimePasswordLeadsToThePasswordPageUntilChanged() throws Exception {
    OneTimePassword user = newUser(Role.ADMIN);
    MvcResult login = signIn(user.username(), user.password(), newAddress());
    assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/account/password");
    MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);

    mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/account/password"));
    mvc.perform(get("/admin/settings/api-tokens").session(session))
        .andExpect(redirectedUrl("/account/password"));
    mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());

    mvc.perform(
            post("/account/password")
                .session(session)
                .param("currentPassword", "not it")
                .param("newPassword", "short")
                .param("confirmPassword", "different")
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("is not your current password")))
        .andExpect(
            content()
                .string(org.hamcrest.Matchers.containsString("must be at least 12 characters")))
        .andExpect(
            content()
                .string(org.hamcrest.Matchers.containsString("does not match the new password")))
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("id=\"newPassword-error\"")));
    assertThat(accounts.find(user.username()).orElseThrow().mustChangePassword()).isTrue();
    mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/account/password"));

    mvc.perform(
            post("/account/password")
                .session(session)
                .param("currentPassword", user.password())
                .param("newPassword", CHOSEN)
                .param("confirmPassword", CHOSEN)
                .with(csrf()))
        .andExpect(redirectedUrl("/admin"))
        .andExpect(flash().attribute("flashSuccess", "Your password was changed."));

    mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
    assertThat(accounts.find(user.username()).orElseThrow().mustChangePassword()).isFalse();
    assertThat(
            signIn(user.username(), user.password(), newAddress()).getResponse().getRedirectedUrl())
        .isEqualTo("/login?error");
  }

  @Test
  void userNamesAreCaseInsensitive() throws Exception {
    OneTimePassword user = newUser(Role.ADMIN);

    MvcResult result =
        signIn(user.username().toUpperCase(java.util.Locale.ROOT), user.password(), newAddress());

    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/account/password");
  }

  @Test
  void signingOutEndsTheSession() throws Exception {
    MockHttpSession session = signedIn(Role.ADMIN);

    mvc.perform(post("/logout").session(session).with(csrf()))
        .andExpect(redirectedUrl("/login?logout"));

    mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/login"));
  }

  private MockHttpSession changeOneTimePassword(OneTimePassword user, RequestPostProcessor address)
      throws Exception {
    MvcResult login = signIn(user.username(), user.password(), address);
    MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
    mvc.perform(
            post("/account/password")
                .session(session)
                .param("currentPassword", user.password())
                .param("newPassword", CHOSEN)
                .param("confirmPassword", CHOSEN)
                .with(csrf()))
        .andExpect(redirectedUrl("/admin"));
    return session;
  }
}
