package org.regdesk.app.domain.sync;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.Test;
import org.regdesk.app.job.JobState;
import org.regdesk.app.job.Jobs;
import org.regdesk.app.job.ScriptedJob;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.security.Role;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** "Sync now" for a plugin from the admin panel and the API, and the record of sync runs. */
class SyncScreensAndApiTest extends WebTestSupport {

  @Autowired ApiTokens tokens;
  @Autowired Jobs jobs;
  @Autowired Scheduler scheduler;

  @Test
  void syncNowForAPluginRunsAsAJobAndIsRecorded() throws Exception {
    String token = "Bearer " + tokens.create("sync", "sync test").secret();
    clock.advance(java.time.Duration.ofMinutes(7));
    String body =
        mvc.perform(post("/api/v1/registrars/dondominio/sync").header("Authorization", token))
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getContentAsString();
    java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"jobId\":(\\d+)").matcher(body);
    org.assertj.core.api.Assertions.assertThat(id.find()).as(body).isTrue();
    long jobId = Long.parseLong(id.group(1));

    ScriptedJob.awaitState(jobs, scheduler, jobId, JobState.DONE);

    String trigger = "job sync-plugin dondominio " + clock.instant();
    mvc.perform(get("/api/v1/sync-runs?plugin=dondominio&size=500").header("Authorization", token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].triggeredBy", hasItem(startsWith(trigger))))
        .andExpect(
            jsonPath(
                "$.items[?(@.triggeredBy =~ /"
                    + java.util.regex.Pattern.quote(trigger)
                    + ".*/)]"
                    + ".complete",
                hasItem(true)));
    mvc.perform(post("/api/v1/registrars/nosuchplugin/sync").header("Authorization", token))
        .andExpect(status().isNotFound());
  }

  @Test
  void theAdminPanelQueuesASyncAndListsRuns() throws Exception {
    MockHttpSession admin = signedIn(Role.ADMIN);

    mvc.perform(post("/admin/registrars/dondominio/sync").session(admin).with(csrf()))
        .andExpect(redirectedUrlPattern("/admin/jobs/*"));
    mvc.perform(get("/admin/sync-runs").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Sync dondominio now")));
  }
}
