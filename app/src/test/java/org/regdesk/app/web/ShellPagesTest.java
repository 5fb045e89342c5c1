package org.regdesk.app.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.regdesk.app.security.Role;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.mock.web.MockHttpSession;

class ShellPagesTest extends WebTestSupport {

  @ParameterizedTest
  @CsvSource({
    "/admin, Dashboard",
    "/admin/domains, Domains",
    "/admin/customers, Customers",
    "/admin/orders, Orders",
    "/admin/settings/registrars, Settings › Plugins › Registrars",
    "/admin/settings/products, Settings › Products",
    "/admin/settings/custom-fields, Settings › Custom Fields",
    "/admin/settings/api-tokens, API tokens"
  })
  void everyScreenOfTheNavigationOpensForAnAdminWithTheBannerAndTheNavigation(
      String path, String heading) throws Exception {
    MockHttpSession session = signedIn(Role.ADMIN);

    mvc.perform(get(path).session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("<h1>" + heading + "</h1>")))
        .andExpect(content().string(Matchers.containsString("class=\"sandbox-banner\"")))
        .andExpect(content().string(Matchers.containsString(">SANDBOX</strong>")))
        .andExpect(content().string(Matchers.containsString("href=\"/admin/domains\"")))
        .andExpect(content().string(Matchers.containsString("href=\"/admin/settings/registrars\"")))
        .andExpect(content().string(Matchers.containsString("href=\"/admin/settings/api-tokens\"")))
        .andExpect(content().string(Matchers.containsString("aria-current=\"page\"")))
        .andExpect(
            content().string(Matchers.containsString("/webjars/htmx.org/2.0.8/dist/htmx.min.js")));
  }

  @Test
  void screensNotBuiltYetSayComingSoon() throws Exception {
    MockHttpSession session = signedIn(Role.ADMIN);

    mvc.perform(get("/admin/orders").session(session))
        .andExpect(content().string(Matchers.containsString("Coming soon")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/admin/nothing-here", "/admin/settings/nothing-here"})
  void anUnknownAdminScreenIsNotFoundInTheLayout(String path) throws Exception {
    MockHttpSession session = signedIn(Role.ADMIN);

    mvc.perform(get(path).session(session))
        .andExpect(status().isNotFound())
        .andExpect(content().string(Matchers.containsString("Page not found")))
        .andExpect(content().string(Matchers.containsString("class=\"sandbox-banner\"")));
  }

  @Test
  void aCustomerIsRefusedFromTheAdminPanel() throws Exception {
    MockHttpSession session = signedIn(Role.CUSTOMER);

    mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/client"));
    mvc.perform(get("/client").session(session)).andExpect(status().isOk());
    mvc.perform(get("/admin").session(session)).andExpect(status().isForbidden());
    mvc.perform(get("/admin/settings/api-tokens").session(session))
        .andExpect(status().isForbidden());
  }

  @Test
  void anAdminIsRefusedFromTheClientArea() throws Exception {
    MockHttpSession session = signedIn(Role.ADMIN);

    mvc.perform(get("/client").session(session)).andExpect(status().isForbidden());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/", "/admin", "/admin/settings/api-tokens", "/client", "/account/password"})
  void anonymousVisitorsAreSentToSignIn(String path) throws Exception {
    mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
  }

  @Test
  void staticFilesAreServedFromTheDeskItself() throws Exception {
    mvc.perform(get("/webjars/htmx.org/2.0.8/dist/htmx.min.js")).andExpect(status().isOk());
    mvc.perform(get("/css/desk.css")).andExpect(status().isOk());
    mvc.perform(get("/js/desk.js"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("htmx:configRequest")));
  }
}
