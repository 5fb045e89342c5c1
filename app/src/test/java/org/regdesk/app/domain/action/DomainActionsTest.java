package org.regdesk.app.domain.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regdesk.app.catalog.CheckedFieldValues;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.domain.Domain;
import org.regdesk.app.domain.DomainState;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.domain.NewDomain;
import org.regdesk.app.domain.TestDomains;
import org.regdesk.app.domain.sync.RecordingOrderDesk;
import org.regdesk.app.domain.sync.SandboxAccounts;
import org.regdesk.app.mail.MailOutbox;
import org.regdesk.app.registrar.RecordedCall;
import org.regdesk.app.registrar.RegistrarCallLog;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.registrar.Trigger;
import org.regdesk.app.security.Role;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.WebTestSupport;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.http.Fault;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.RenewalMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/**
 * Plugin actions on a registered domain, from the domain page and the API, against the sandbox over
 * real HTTP: each changes the registrar and the desk's record, a refusal shows the registrar's
 * message, and the auth code stays out of logs, pages, audit rows and the database.
 */
@ExtendWith(OutputCaptureExtension.class)
class DomainActionsTest extends WebTestSupport {

  @Autowired Domains domains;
  @Autowired Customers customers;
  @Autowired Registrars registrars;
  @Autowired RegistrarCallLog calls;
  @Autowired RecordingOrderDesk orders;
  @Autowired MailOutbox outbox;
  @Autowired Sandbox sandbox;
  @Autowired JdbcClient jdbc;

  private Customer owner;
  private Domain domain;
  private MockHttpSession admin;

  @BeforeEach
  void setUp() throws Exception {
    owner = new TestDomains(customers, domains).customer("Actiontest");
    DomainName name = SandboxAccounts.registerActive(sandbox, "act");
    DomainSnapshot snapshot;
    try (var scope = Trigger.job("actions test").enter()) {
      snapshot = registrars.registrar("dondominio").getDomain(name);
    }
    domain = domains.create(NewDomain.held(snapshot, owner.id(), "dondominio"));
    admin = signedIn(Role.ADMIN);
  }

  @AfterEach
  void clearFaults() {
    sandbox.clearFaults();
  }

  @Test
  void theDomainPageOffersThePluginsActionsForARegisteredDomainOnly() throws Exception {
    mvc.perform(get("/admin/domains/" + domain.id()).session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Turn lock")))
        .andExpect(content().string(containsString("Turn ID protection")))
        .andExpect(content().string(containsString("Renew automatically")))
        .andExpect(content().string(containsString("Reveal to me")))
        .andExpect(content().string(containsString("Send to the owner by e-mail")))
        .andExpect(content().string(containsString("Sync now")))
        .andExpect(content().string(containsString("/actions/renew")));
    Domain ordered =
        domains.create(
            NewDomain.ordered(
                DomainName.of(TestDomains.unique("ordered"), "com"),
                owner.id(),
                "dondominio",
                DomainState.PENDING_REGISTRATION,
                CheckedFieldValues.NONE));
    mvc.perform(get("/admin/domains/" + ordered.id()).session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Turn lock"))));
  }

  @Test
  void lockPrivacyAndRenewalModeChangeAtTheRegistrarAndInTheDeskAuditedWithTheUser()
      throws Exception {
    boolean locked = domain.transferLock().orElseThrow();
    boolean privacy = domain.privacy().orElse(false);

    action("lock", "locked", String.valueOf(!locked))
        .andExpect(flash().attribute("flashSuccess", containsString("Registrar lock turned")));
    action("privacy", "enabled", String.valueOf(!privacy))
        .andExpect(flash().attribute("flashSuccess", containsString("ID protection turned")));
    action("renewal-mode", "renewalMode", "LET_EXPIRE")
        .andExpect(flash().attribute("flashSuccess", "Renewal mode set to LET_EXPIRE"));

    DomainSnapshot atRegistrar = atRegistrar();
    assertThat(atRegistrar.transferLock()).contains(!locked);
    assertThat(atRegistrar.privacy()).contains(!privacy);
    assertThat(atRegistrar.renewalMode()).contains(RenewalMode.LET_EXPIRE);
    Domain now = domains.get(domain.id());
    assertThat(now.transferLock()).contains(!locked);
    assertThat(now.privacy()).contains(!privacy);
    assertThat(now.renewalMode()).contains(RenewalMode.LET_EXPIRE);
    List<RecordedCall> audited = calls.forDomain(domain.name(), new PageRequest(1, 50)).items();
    assertThat(audited)
        .filteredOn(c -> c.trigger().kind() == Trigger.Kind.USER)
        .extracting(RecordedCall::action)
        .isNotEmpty();
    assertThat(audited)
        .filteredOn(c -> c.trigger().kind() == Trigger.Kind.USER)
        .extracting(c -> c.trigger().name())
        .allMatch(n -> n.startsWith("admin-"));
  }

  @Test
  void aRefusalShowsTheRegistrarsMessageAndChangesNothing() throws Exception {
    boolean locked = domain.transferLock().orElseThrow();
    sandbox.fault(Fault.error("domain/update", 2202));

    action("lock", "locked", String.valueOf(!locked))
        .andExpect(
            flash()
                .attribute(
                    "flashError",
                    containsString("The registrar refused: The domain is locked against changes")))
        .andExpect(flash().attribute("flashError", containsString("[code 2202]")));

    assertThat(atRegistrar().transferLock()).contains(locked);
    assertThat(domains.get(domain.id()).transferLock()).contains(locked);
  }

  @Test
  void badInputNamesTheFieldAndCallsNothing() throws Exception {
    int before = calls.forDomain(domain.name(), new PageRequest(1, 50)).items().size();

    action("lock", "locked", "perhaps")
        .andExpect(flash().attribute("flashError", "Not done: locked: must be yes or no."));
    action("renewal-mode", "renewalMode", "")
        .andExpect(flash().attribute("flashError", "Not done: renewalMode: is required."));

    assertThat(calls.forDomain(domain.name(), new PageRequest(1, 50)).items()).hasSize(before);
  }

  @Test
  void renewPlacesARenewOrderAndSyncNowReadsTheRegistrar() throws Exception {
    action("renew", "years", "2")
        .andExpect(flash().attribute("flashSuccess", containsString("Renew order")));
    assertThat(orders.of(domain.name()))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.type()).isEqualTo("renew");
              assertThat(o.years()).isEqualTo(2);
              assertThat(o.customerId()).isEqualTo(owner.id());
            });

    domains.transition(domain.id(), DomainState.SUSPENDED);
    action("sync", null, null)
        .andExpect(flash().attribute("flashSuccess", containsString("Synced: Active")));
    assertThat(domains.get(domain.id()).state()).isEqualTo(DomainState.ACTIVE);
  }

  @Test
  void thePluginsOwnActionRunsThroughThePlugin() throws Exception {
    action("resend-verification", null, null)
        .andExpect(
            flash()
                .attribute(
                    "flashSuccess",
                    "The verification mail was sent to the owner's e-mail address."));
    assertThat(sandbox.calls())
        .anySatisfy(
            c -> {
              assertThat(c.action()).isEqualTo("domain/resendverificationmail");
              assertThat(c.parameters()).containsValue(domain.name().ascii());
            });
  }

  @Test
  void theAuthCodeIsShownOnlyWhenRevealedAndMailedSealed(CapturedOutput output) throws Exception {
    String code;
    try (var scope = Trigger.job("actions test").enter()) {
      code = registrars.registrar("dondominio").getAuthCode(domain.name()).value();
    }

    mvc.perform(get("/admin/domains/" + domain.id()).session(admin))
        .andExpect(content().string(not(containsString(code))));
    mvc.perform(
            post("/admin/domains/" + domain.id() + "/actions/auth-code")
                .session(admin)
                .param("delivery", "show")
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", containsString("no-store")))
        .andExpect(content().string(containsString(code)));
    action("auth-code", "delivery", "email")
        .andExpect(flash().attribute("flashSuccess", containsString("queued to the owner")));

    assertThat(outbox.to(owner.email().value()))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.holdsSecret()).isTrue();
              assertThat(m.body()).doesNotContain(code).contains(MailOutbox.MASK);
            });
    assertThat(output.getAll()).doesNotContain(code);
    assertThat(calls.forDomain(domain.name(), new PageRequest(1, 50)).items())
        .allSatisfy(c -> assertThat(c.parameters().toString()).doesNotContain(code));
    String database =
        String.join("\n", jdbc.sql("SCRIPT NOPASSWORDS NOSETTINGS").query(String.class).list());
    assertThat(database).contains(domain.name().ascii()).doesNotContain(code);
  }

  @Test
  void theApiRunsActionsAndReportsRefusalsAndBadInput() throws Exception {
    String token = "Bearer " + tokens.create("actions", "actions test").secret();
    boolean locked = domain.transferLock().orElseThrow();

    mvc.perform(get("/api/v1/domains/" + domain.id() + "/actions").header("Authorization", token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id == 'lock')].inputs[0].key").value("locked"));
    mvc.perform(
            post("/api/v1/domains/" + domain.id() + "/actions/lock")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"locked\": " + !locked + "}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.action").value("lock"));
    assertThat(atRegistrar().transferLock()).contains(!locked);

    sandbox.fault(Fault.error("domain/update", 2202));
    mvc.perform(
            post("/api/v1/domains/" + domain.id() + "/actions/privacy")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\": true}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.error").value("registrar_refused"))
        .andExpect(jsonPath("$.registrarCode").value("2202"))
        .andExpect(jsonPath("$.message", containsString("locked against changes")));
    mvc.perform(
            post("/api/v1/domains/" + domain.id() + "/actions/renewal-mode")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"renewalMode\": \"sometimes\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[0].field").value("renewalMode"));
    mvc.perform(
            post("/api/v1/domains/" + domain.id() + "/actions/no-such-action")
                .header("Authorization", token))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/domains/" + domain.id() + "/actions/auth-code")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"delivery\": \"show\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.authCode").isNotEmpty());
  }

  @Autowired org.regdesk.app.security.ApiTokens tokens;

  private org.springframework.test.web.servlet.ResultActions action(
      String action, String input, String value) throws Exception {
    var request =
        post("/admin/domains/" + domain.id() + "/actions/" + action).session(admin).with(csrf());
    if (input != null) {
      request = request.param(input, value);
    }
    return mvc.perform(request)
        .andExpect(redirectedUrl("/admin/domains/" + domain.id() + "#plugin-actions"));
  }

  private DomainSnapshot atRegistrar() throws Exception {
    try (var scope = Trigger.job("actions test").enter()) {
      return registrars.registrar("dondominio").getDomain(domain.name());
    }
  }
}
