package org.regdesk.app.web.api;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.regdesk.app.job.Job;
import org.regdesk.app.job.JobState;
import org.regdesk.app.job.Jobs;
import org.regdesk.app.job.ScriptedJob;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

class JobsApiTest extends WebTestSupport {

  private static final AtomicInteger KEYS = new AtomicInteger();

  @Autowired ApiTokens tokens;
  @Autowired Jobs jobs;
  @Autowired ScriptedJob scripted;
  @Autowired Scheduler scheduler;

  @Test
  void listsReadsAndRetriesJobs() throws Exception {
    String token = "Bearer " + tokens.create("jobs", "test").secret();
    String key = "api-" + KEYS.incrementAndGet() + ".example";
    long id =
        jobs.enqueue(
                scripted, key, new ScriptedJob.Script(List.of("UNAVAILABLE", "REJECTED", "DONE")))
            .id();
    Job retrying = ScriptedJob.awaitState(jobs, scheduler, id, JobState.RETRYING);

    mvc.perform(get("/api/v1/jobs").param("state", "retrying").header("Authorization", token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].key", hasItem(key)));
    mvc.perform(get("/api/v1/jobs/{id}", id).header("Authorization", token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("retrying"))
        .andExpect(jsonPath("$.lastErrorKind").value("UNAVAILABLE"))
        .andExpect(jsonPath("$.nextRunAt").value(retrying.nextRunAt().toString()))
        .andExpect(jsonPath("$.attemptList[0].outcome").value("UNAVAILABLE"));

    mvc.perform(post("/api/v1/jobs/{id}/retry", id).header("Authorization", token))
        .andExpect(status().isOk());
    ScriptedJob.awaitState(jobs, scheduler, id, JobState.NEEDS_ATTENTION);
    mvc.perform(get("/api/v1/jobs/{id}", id).header("Authorization", token))
        .andExpect(jsonPath("$.state").value("needs_attention"))
        .andExpect(jsonPath("$.attemptList.length()").value(2));

    mvc.perform(post("/api/v1/jobs/{id}/dismiss", id).header("Authorization", token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("dismissed"));
    mvc.perform(post("/api/v1/jobs/{id}/dismiss", id).header("Authorization", token))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.error").value("conflict"));
  }

  @Test
  void badFiltersAndUnknownJobsAreNamed() throws Exception {
    String token = "Bearer " + tokens.create("jobs", "test").secret();
    mvc.perform(get("/api/v1/jobs").param("state", "sleeping").header("Authorization", token))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[0].field").value("state"));
    mvc.perform(get("/api/v1/jobs/{id}", 987654321L).header("Authorization", token))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/jobs/{id}/retry", 987654321L).header("Authorization", token))
        .andExpect(status().isNotFound());
  }
}
