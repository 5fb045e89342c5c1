package org.regdesk.app.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.regdesk.app.job.Job;
import org.regdesk.app.job.JobOptions;
import org.regdesk.app.job.JobState;
import org.regdesk.app.job.Jobs;
import org.regdesk.app.job.ScriptedJob;
import org.regdesk.app.mail.MailOutbox;
import org.regdesk.app.registrar.ProbeRegistrarProvider;
import org.regdesk.app.registrar.RegistrarFlags;
import org.regdesk.app.security.Role;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.support.TransactionTemplate;

/** Jobs, Needs attention on the dashboard, the flag on the registrar page, and the mail outbox. */
class JobScreensTest extends WebTestSupport {

  private static final AtomicInteger KEYS = new AtomicInteger();

  @Autowired Jobs jobs;
  @Autowired ScriptedJob scripted;
  @Autowired Scheduler scheduler;
  @Autowired RegistrarFlags flags;
  @Autowired MailOutbox outbox;
  @Autowired TransactionTemplate transaction;

  private Job stopped(String... steps) {
    String key = "screen-" + KEYS.incrementAndGet() + ".example";
    long id = jobs.enqueue(scripted, key, new ScriptedJob.Script(List.of(steps))).id();
    return ScriptedJob.awaitState(jobs, scheduler, id, JobState.NEEDS_ATTENTION);
  }

  @Test
  void aStoppedJobShowsOnTheDashboardAndItsPageRetriesAndDismissesIt() throws Exception {
    MockHttpSession admin = signedIn(Role.ADMIN);
    Job job = stopped("REJECTED", "DONE");

    mvc.perform(get("/admin").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Needs attention")))
        .andExpect(content().string(containsString(job.key())));
    mvc.perform(get("/admin/jobs").param("state", "needs_attention").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(job.key())));
    mvc.perform(get("/admin/jobs").param("state", "done").param("kind", "scripted").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(job.key() + "<"))));
    mvc.perform(get("/admin/jobs/{id}", job.id()).session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("domain already registered")))
        .andExpect(content().string(containsString("Retry now")))
        .andExpect(content().string(containsString("REJECTED")));

    mvc.perform(post("/admin/jobs/{id}/retry", job.id()).session(admin).with(csrf()))
        .andExpect(redirectedUrl("/admin/jobs/" + job.id()));
    ScriptedJob.awaitState(jobs, scheduler, job.id(), JobState.DONE);
    mvc.perform(get("/admin/jobs/{id}", job.id()).session(admin))
        .andExpect(content().string(not(containsString("Retry now"))));
    mvc.perform(post("/admin/jobs/{id}/retry", job.id()).session(admin).with(csrf()))
        .andExpect(status().isConflict());

    Job other = stopped("REJECTED");
    mvc.perform(post("/admin/jobs/{id}/dismiss", other.id()).session(admin).with(csrf()))
        .andExpect(redirectedUrl("/admin/jobs/" + other.id()));
    mvc.perform(get("/admin").session(admin))
        .andExpect(content().string(not(containsString(other.key()))));
  }

  @Test
  void aFlaggedPluginShowsOnTheDashboardAndTheRegistrarPageUntilATestConnectionSucceeds()
      throws Exception {
    MockHttpSession admin = signedIn(Role.ADMIN);
    String key = "flag-" + KEYS.incrementAndGet() + ".example";
    long id =
        jobs.enqueue(
                scripted,
                key,
                new ScriptedJob.Script(List.of("AUTH")),
                JobOptions.forPlugin(ProbeRegistrarProvider.NAME))
            .id();
    ScriptedJob.awaitState(jobs, scheduler, id, JobState.NEEDS_ATTENTION);
    try {
      mvc.perform(get("/admin").session(admin))
          .andExpect(content().string(containsString("refused its credentials")));
      mvc.perform(get("/admin/settings/registrars").session(admin))
          .andExpect(content().string(containsString("login refused")));

      mvc.perform(
              post("/admin/settings/registrars/{plugin}/test", ProbeRegistrarProvider.NAME)
                  .session(admin)
                  .with(csrf())
                  .param("setting.login", "flag-test")
                  .param("setting.password", ProbeRegistrarProvider.RIGHT_PASSWORD)
                  .param("setting.mode", "test"))
          .andExpect(status().isOk());
      org.assertj.core.api.Assertions.assertThat(flags.find(ProbeRegistrarProvider.NAME)).isEmpty();
      mvc.perform(get("/admin").session(admin))
          .andExpect(content().string(not(containsString("refused its credentials"))));
    } finally {
      flags.clear(ProbeRegistrarProvider.NAME);
    }
  }

  @Test
  void theMailOutboxListsQueuedMailAndNeverShowsAnAuthCode() throws Exception {
    MockHttpSession admin = signedIn(Role.ADMIN);
    String owner = "owner-" + KEYS.incrementAndGet() + "@example.test";
    transaction.executeWithoutResult(
        s -> outbox.queueAuthCode(owner, "screen.example", "S3cr3t-AUTH-code"));

    mvc.perform(get("/admin/mail").param("state", "pending").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(owner)))
        .andExpect(content().string(containsString("No mail server is configured")))
        .andExpect(content().string(containsString(MailOutbox.MASK)))
        .andExpect(content().string(not(containsString("S3cr3t-AUTH-code"))));
  }

  @Test
  void savingTheSettingsOfAFlaggedPluginClearsTheFlag() throws Exception {
    MockHttpSession admin = signedIn(Role.ADMIN);
    flags.flag(ProbeRegistrarProvider.NAME, "login refused");
    try {
      mvc.perform(
              post("/admin/settings/registrars/{plugin}", ProbeRegistrarProvider.NAME)
                  .session(admin)
                  .with(csrf())
                  .param("setting.login", "flag-save")
                  .param("setting.password", ProbeRegistrarProvider.RIGHT_PASSWORD)
                  .param("setting.mode", "test"))
          .andExpect(status().is3xxRedirection());
      org.assertj.core.api.Assertions.assertThat(flags.find(ProbeRegistrarProvider.NAME)).isEmpty();
    } finally {
      flags.clear(ProbeRegistrarProvider.NAME);
    }
  }
}
