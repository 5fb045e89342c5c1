package org.regdesk.app.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.regdesk.app.security.OneTimePassword;
import org.regdesk.app.security.Role;
import org.regdesk.app.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base class of {@link DeskWebTest} classes: MockMvc, the clock (reset after each test), and
 * helpers to create users and sign in through the real form.
 */
@DeskWebTest
public abstract class WebTestSupport {

  private static final AtomicInteger USERS = new AtomicInteger();

  /** The desk's MockMvc, with Spring Security. */
  @Autowired protected MockMvc mvc;

  /** The desk's clock. */
  @Autowired protected MutableClock clock;

  /** Logins. */
  @Autowired protected UserAccounts accounts;

  /** Puts the clock back. */
  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /**
   * A new user with a unique name and a one-time password.
   *
   * @param role the role
   * @return the name and password
   */
  protected OneTimePassword newUser(Role role) {
    return accounts.create(
        role.name().toLowerCase(java.util.Locale.ROOT) + "-" + USERS.incrementAndGet(), role);
  }

  /**
   * A client address for requests, unique per call so throttling by address stays per test.
   *
   * @return a post-processor setting the remote address
   */
  protected static RequestPostProcessor newAddress() {
    int n = USERS.incrementAndGet();
    String address = "10.1." + (n / 250) + "." + (n % 250 + 1);
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  /**
   * Posts the sign-in form.
   *
   * @param username the user name
   * @param password the password
   * @param address the client address
   * @return the result (a redirect)
   * @throws Exception from MockMvc
   */
  protected MvcResult signIn(String username, String password, RequestPostProcessor address)
      throws Exception {
    return mvc.perform(
            post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(address))
        .andReturn();
  }

  /**
   * Signs a new user in, changes the one-time password, and returns the signed-in session.
   *
   * @param role the role
   * @return the session
   * @throws Exception from MockMvc
   */
  protected MockHttpSession signedIn(Role role) throws Exception {
    OneTimePassword user = newUser(role);
    MvcResult login = signIn(user.username(), user.password(), newAddress());
    MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
    String chosen = "correct horse battery staple";
    mvc.perform(
            post("/account/password")
                .session(session)
                .param("currentPassword", user.password())
                .param("newPassword", chosen)
                .param("confirmPassword", chosen)
                .with(csrf()))
        .andReturn();
    return session;
  }
}
