package org.regdesk.app.registrar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code registrars} under {@code /actuator/health}. */
class RegistrarsHealthTest extends WebTestSupport {

  @Autowired RegistrarConfigurations configurations;
  @Autowired ApiTokens tokens;
  @Autowired JdbcClient jdbc;

  private String token;

  @BeforeEach
  void setUp() {
    token = tokens.create("health test", "test").secret();
    configurations.save(
        ProbeRegistrarProvider.NAME, ProbeRegistrarProvider.working("health"), "test");
  }

  @AfterEach
  void putTheProbeBackInOrder() {
    configurations.save(
        ProbeRegistrarProvider.NAME, ProbeRegistrarProvider.working("health"), "test");
  }

  @Test
  void everyConfiguredPluginIsTestedAndTheAnswerIsReusedForAWhile() throws Exception {
    mvc.perform(get("/actuator/health").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components.registrars.status").value("UP"))
        .andExpect(jsonPath("$.components.registrars.details.dondominio.reachable").value(true))
        .andExpect(
            jsonPath("$.components.registrars.details.dondominio.environment").value("custom"))
        .andExpect(jsonPath("$.components.registrars.details.probe.balance").value("100.00 EUR"))
        .andExpect(jsonPath("$.components.registrars.details.idle").doesNotExist());
    long hellos = hellos();

    mvc.perform(get("/actuator/health").header("Authorization", "Bearer " + token))
        .andExpect(jsonPath("$.components.registrars.status").value("UP"));
    mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    assertThat(hellos()).isEqualTo(hellos);

    clock.advance(Duration.ofSeconds(61));
    mvc.perform(get("/actuator/health").header("Authorization", "Bearer " + token))
        .andExpect(jsonPath("$.components.registrars.status").value("UP"));
    assertThat(hellos()).isEqualTo(hellos + 1);
    assertThat(
            jdbc.sql(
                    "SELECT trigger_name FROM registrar_calls WHERE plugin = 'probe'"
                        + " AND action = 'probe/hello' ORDER BY id DESC LIMIT 1")
                .query(String.class)
                .single())
        .isEqualTo("health check");
  }

  @Test
  void anUnreachableRegistrarIsDownWithItsReasonButNoSecret() throws Exception {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("login", "health");
    values.put("password", ProbeRegistrarProvider.UNREACHABLE);
    configurations.save(ProbeRegistrarProvider.NAME, SettingsChange.of(values), "test");

    mvc.perform(get("/actuator/health").header("Authorization", "Bearer " + token))
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.components.registrars.status").value("DOWN"))
        .andExpect(jsonPath("$.components.registrars.details.probe.status").value("DOWN"))
        .andExpect(jsonPath("$.components.registrars.details.probe.reachable").value(false))
        .andExpect(
            jsonPath("$.components.registrars.details.probe.detail")
                .value("no route to the probe registrar"))
        .andExpect(jsonPath("$.components.registrars.details.dondominio.status").value("UP"))
        .andExpect(content().string(not(containsString(ProbeRegistrarProvider.UNREACHABLE))));
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.status").value("DOWN"))
        .andExpect(jsonPath("$.components").doesNotExist());
  }

  private long hellos() {
    return jdbc.sql(
            "SELECT COUNT(*) FROM registrar_calls WHERE plugin = 'probe' AND action = 'probe/hello'")
        .query(Long.class)
        .single();
  }
}
