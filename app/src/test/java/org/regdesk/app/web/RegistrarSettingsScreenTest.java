package org.regdesk.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdesk.app.registrar.ConfigurationView;
import org.regdesk.app.registrar.ProbeRegistrarProvider;
import org.regdesk.app.registrar.RegistrarConfigurations;
import org.regdesk.app.registrar.SettingState;
import org.regdesk.app.security.Role;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Settings › Plugins › Registrars, through the real security, with the probe test plugin. */
class RegistrarSettingsScreenTest extends WebTestSupport {

  private static final String PAGE = "/admin/settings/registrars";
  private static final String PROBE = PAGE + "/" + ProbeRegistrarProvider.NAME;

  @Autowired RegistrarConfigurations configurations;
  @Autowired JdbcClient jdbc;

  @Test
  void listsThePluginsTheBrokenJarAndShowsTheDemoConfigurationOfDonDominio() throws Exception {
    MockHttpSession admin = signedIn(Role.ADMIN);

    mvc.perform(get(PAGE).session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1>Settings › Plugins › Registrars</h1>")))
        .andExpect(content().string(containsString("DonDominio")))
        .andExpect(content().string(containsString("Probe Registrar")))
        .andExpect(content().string(containsString("Some registrar plugins could not be loaded")))
        .andExpect(content().string(containsString("not-a-plugin.jar")))
        .andExpect(content().string(containsString("is not a readable jar")));

    mvc.perform(get(PAGE).param("plugin", "dondominio").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("by demo mode")))
        .andExpect(content().string(containsString("name=\"setting.apiUsername\"")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "type=\"password\" autocomplete=\"new-password\" value=\"\""
                            + " id=\"setting-apiKey\" name=\"setting.apiKey\"")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "A value is stored (encrypted). Leave blank to keep the stored value.")))
        .andExpect(
            content().string(containsString("<option value=\"custom\" selected=\"selected\"")))
        .andExpect(content().string(containsString("Supported Features")));
  }

  @Test
  void aFormWithMistakesNamesEachSettingAndSavesNothing() throws Exception {
    MockHttpSession admin = signedIn(Role.ADMIN);
    save(admin, "before-mistakes", ProbeRegistrarProvider.RIGHT_PASSWORD, "test");
    ConfigurationView before = configurations.view(ProbeRegistrarProvider.NAME);

    mvc.perform(
            post(PROBE)
                .session(admin)
                .with(csrf())
                .param("setting.login", "")
                .param("setting.mode", "sometimes")
                .param("setting.password", "typed-but-refused"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Please correct the following")))
        .andExpect(content().string(containsString("Login: is required")))
        .andExpect(content().string(containsString("Mode: must be one of: test, live")))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")))
        .andExpect(content().string(containsString("The value you typed was not saved")))
        .andExpect(content().string(not(containsString("typed-but-refused"))));

    mvc.perform(
            post(PROBE)
                .session(admin)
                .with(csrf())
                .param("setting.login", ProbeRegistrarProvider.REFUSED_LOGIN)
                .param("setting.mode", "live"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Login: is refused by the probe registrar")));

    ConfigurationView after = configurations.view(ProbeRegistrarProvider.NAME);
    assertThat(after.saved()).isEqualTo(before.saved());
    assertThat(value(after, "login")).isEqualTo("before-mistakes");
    assertThat(value(after, "mode")).isEqualTo("test");
  }

  @Test
  void savingStoresTheSecretSealedKeepsItWhenLeftBlankAndRemovesAnOptionalOne() throws Exception {
    MockHttpSession admin = signedIn(Role.ADMIN);

    mvc.perform(
            post(PROBE)
                .session(admin)
                .with(csrf())
                .param("setting.login", "screen-user")
                .param("setting.password", ProbeRegistrarProvider.RIGHT_PASSWORD)
                .param("setting.token", "screen-token-7731")
                .param("setting.mode", "live")
                .param("setting.ownerLocked", "true")
                .param("setting.endpoint", ""))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl(PAGE + "?plugin=probe"))
        .andExpect(flash().attribute(Flash.SUCCESS, "Settings of Probe Registrar saved."));

    assertThat(storedSecret("password")).startsWith("v1:").doesNotContain("right-password");
    assertThat(storedSecret("token")).startsWith("v1:");
    String page =
        mvc.perform(get(PAGE).param("plugin", "probe").session(admin))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("value=\"screen-user\"")
        .contains("<option value=\"live\" selected=\"selected\">Live</option>")
        .contains("<option value=\"true\" selected=\"selected\">Yes</option>")
        .contains("Remove the stored value")
        .contains("hx-post=\"/admin/settings/registrars/probe/test\"")
        .contains("hx-target=\"#connection-result\"")
        .doesNotContain(ProbeRegistrarProvider.RIGHT_PASSWORD)
        .doesNotContain("screen-token-7731")
        .doesNotContain(storedSecret("password"));

    mvc.perform(
            post(PROBE)
                .session(admin)
                .with(csrf())
                .param("setting.login", "screen-user-2")
                .param("setting.password", "")
                .param("setting.token", "")
                .param("clear.token", "true")
                .param("setting.mode", "test")
                .param("setting.ownerLocked", "false"))
        .andExpect(status().isFound());

    ConfigurationView view = configurations.view(ProbeRegistrarProvider.NAME);
    assertThat(secret(view, "password")).isEqualTo(SettingState.Secret.SET);
    assertThat(secret(view, "token")).isEqualTo(SettingState.Secret.NOT_SET);
    assertThat(value(view, "login")).isEqualTo("screen-user-2");
    assertThat(configurations.test(ProbeRegistrarProvider.NAME, unchanged(view)).isOk())
        .as("the blank password kept the stored one")
        .isTrue();
  }

  @Test
  void testConnectionTestsTheTypedValuesWithoutSavingAndShowsFailuresPlainly() throws Exception {
    MockHttpSession admin = signedIn(Role.ADMIN);
    save(admin, "tester", ProbeRegistrarProvider.RIGHT_PASSWORD, "test");
    ConfigurationView before = configurations.view(ProbeRegistrarProvider.NAME);

    mvc.perform(test(admin, "live-typed", "").header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Connection works")))
        .andExpect(content().string(containsString("100.00 EUR")))
        .andExpect(content().string(containsString("10.00 EUR")))
        .andExpect(content().string(containsString("probe greets live-typed")))
        .andExpect(content().string(containsString("live (production: real domains and money)")))
        .andExpect(content().string(not(containsString("<html"))));

    mvc.perform(test(admin, "tester", "wrong-password").header("HX-Request", "true"))
        .andExpect(content().string(containsString("The registrar refused the credentials")))
        .andExpect(content().string(containsString("credentials refused")))
        .andExpect(content().string(not(containsString("wrong-password"))));

    mvc.perform(test(admin, "tester", ProbeRegistrarProvider.UNREACHABLE))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1>Settings › Plugins › Registrars</h1>")))
        .andExpect(content().string(containsString("The registrar could not be reached")))
        .andExpect(content().string(containsString("no route to the probe registrar")))
        .andExpect(content().string(not(containsString(ProbeRegistrarProvider.UNREACHABLE))))
        .andExpect(content().string(not(containsString("Exception"))));

    mvc.perform(test(admin, "", "").header("HX-Request", "true"))
        .andExpect(content().string(containsString("Not tested: the settings are not valid.")))
        .andExpect(content().string(containsString("Login: is required")));

    assertThat(configurations.view(ProbeRegistrarProvider.NAME).saved()).isEqualTo(before.saved());
  }

  @Test
  void theRecentCallsShowWhoCausedThemWithSecretsMasked() throws Exception {
    MockHttpSession admin = signedIn(Role.ADMIN);
    save(admin, "auditor", ProbeRegistrarProvider.RIGHT_PASSWORD, "test");
    mvc.perform(test(admin, "auditor", "").header("HX-Request", "true"))
        .andExpect(content().string(containsString("Connection works")));

    String page =
        mvc.perform(get(PAGE).param("plugin", "probe").session(admin))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Recent registrar calls")
        .contains("probe/hello")
        .contains("SUCCEEDED")
        .contains("user admin-")
        .contains("****")
        .doesNotContain(ProbeRegistrarProvider.RIGHT_PASSWORD);
  }

  @Test
  void anUnknownPluginIsNotFoundAndCustomersAreRefused() throws Exception {
    MockHttpSession admin = signedIn(Role.ADMIN);
    mvc.perform(get(PAGE).param("plugin", "nothing").session(admin))
        .andExpect(status().isNotFound());
    mvc.perform(post(PAGE + "/nothing").session(admin).with(csrf()))
        .andExpect(status().isNotFound());

    MockHttpSession customer = signedIn(Role.CUSTOMER);
    mvc.perform(get(PAGE).session(customer)).andExpect(status().isForbidden());
    mvc.perform(post(PROBE).session(customer).with(csrf()).param("setting.login", "x"))
        .andExpect(status().isForbidden());
  }

  @Test
  void savingWithoutTheCsrfTokenIsRefused() throws Exception {
    MockHttpSession admin = signedIn(Role.ADMIN);
    mvc.perform(post(PROBE).session(admin).param("setting.login", "x"))
        .andExpect(status().isForbidden());
  }

  private void save(MockHttpSession admin, String login, String password, String mode)
      throws Exception {
    mvc.perform(
            post(PROBE)
                .session(admin)
                .with(csrf())
                .param("setting.login", login)
                .param("setting.password", password)
                .param("setting.mode", mode)
                .param("setting.ownerLocked", "false"))
        .andExpect(status().isFound());
  }

  private MockHttpServletRequestBuilder test(MockHttpSession admin, String login, String password) {
    return post(PROBE + "/test")
        .session(admin)
        .with(csrf())
        .param("setting.login", login)
        .param("setting.password", password)
        .param("setting.mode", login.startsWith("live") ? "live" : "test");
  }

  private String storedSecret(String key) {
    return jdbc.sql(
            "SELECT setting_value FROM registrar_setting_values WHERE plugin = 'probe'"
                + " AND setting_key = :key AND encrypted = TRUE")
        .param("key", key)
        .query(String.class)
        .single();
  }

  private static String value(ConfigurationView view, String key) {
    return view.settings().stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .flatMap(SettingState::value)
        .orElse(null);
  }

  private static SettingState.Secret secret(ConfigurationView view, String key) {
    return view.settings().stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .map(SettingState::secret)
        .orElseThrow();
  }

  private static org.regdesk.app.registrar.SettingsChange unchanged(ConfigurationView view) {
    var values = new java.util.LinkedHashMap<String, String>();
    for (SettingState s : view.settings()) {
      s.value().ifPresent(v -> values.put(s.key(), v));
    }
    return new org.regdesk.app.registrar.SettingsChange(values, java.util.Set.copyOf(List.of()));
  }
}
