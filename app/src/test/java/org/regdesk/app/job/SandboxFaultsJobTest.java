package org.regdesk.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.config.SandboxEndpoint;
import org.regdesk.app.registrar.RecordedCall;
import org.regdesk.app.registrar.RegistrarCallLog;
import org.regdesk.app.registrar.RegistrarFlags;
import org.regdesk.app.registrar.Trigger;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The retry policy against the demo sandbox over real HTTP, with faults injected through its
 * control API; registrar calls are counted in the desk's call audit.
 */
class SandboxFaultsJobTest extends WebTestSupport {

  private static final AtomicInteger KEYS = new AtomicInteger();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Autowired Jobs jobs;
  @Autowired LookupJob lookup;
  @Autowired Scheduler scheduler;
  @Autowired RegistrarFlags flags;
  @Autowired RegistrarCallLog calls;
  @Autowired SandboxEndpoint sandbox;

  @AfterEach
  void clearFaultsAndFlag() throws Exception {
    control("/_sandbox/faults/clear", Map.of());
    flags.clear("dondominio");
  }

  private void control(String path, Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    URI uri = sandbox.uri().resolve(path);
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
  }

  private long callsBy(String key) {
    Trigger trigger = Trigger.job(lookup.kind() + " " + key);
    return calls.forPlugin("dondominio", new PageRequest(1, 500)).items().stream()
        .map(RecordedCall::trigger)
        .filter(trigger::equals)
        .count();
  }

  private Job enqueue(String key) {
    return jobs.enqueue(
        lookup,
        key,
        new LookupJob.Lookup(key.substring(0, key.indexOf('.'))),
        JobOptions.forPlugin("dondominio"));
  }

  private static String newDomain() {
    return "lookup-" + KEYS.incrementAndGet() + "-faults.com";
  }

  @Test
  void http500AnswersAreRetriedWithBackoffAndTheJobIsDoneOnceTheRegistrarRecovers()
      throws Exception {
    control(
        "/_sandbox/faults", Map.of("action", "domain/getinfo", "mode", "http500", "count", "1000"));
    String key = newDomain();
    long id = enqueue(key).id();

    Job retrying = ScriptedJob.awaitState(jobs, scheduler, id, JobState.RETRYING);
    assertThat(retrying.lastErrorKind()).isEqualTo("UNAVAILABLE");
    assertThat(retrying.nextRunAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
    long afterFirst = callsBy(key);
    assertThat(afterFirst).isPositive();

    clock.advance(Duration.ofSeconds(59));
    scheduler.triggerCheckForDueExecutions();
    assertThat(callsBy(key)).as("no call before the backoff has passed").isEqualTo(afterFirst);

    clock.advance(Duration.ofSeconds(1));
    awaitAttempts(id, 2);
    assertThat(jobs.job(id).nextRunAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
    assertThat(callsBy(key)).isEqualTo(2 * afterFirst);

    control("/_sandbox/faults/clear", Map.of());
    clock.advance(Duration.ofMinutes(2));
    Job done = ScriptedJob.awaitState(jobs, scheduler, id, JobState.DONE);
    assertThat(done.attempts()).isEqualTo(3);
    assertThat(done.lastMessage()).isEqualTo("not in the account");
  }

  @Test
  void refusedCredentialsFlagThePluginAndItsOtherJobsDoNotCallTheRegistrar() throws Exception {
    control(
        "/_sandbox/faults",
        Map.of("action", "domain/getinfo", "mode", "error", "errorCode", "1001"));
    String first = newDomain();
    long firstId = enqueue(first).id();
    Job stopped = ScriptedJob.awaitState(jobs, scheduler, firstId, JobState.NEEDS_ATTENTION);
    assertThat(stopped.lastErrorKind()).isEqualTo("AUTHENTICATION_FAILED");
    assertThat(flags.find("dondominio")).isPresent();

    List<String> others = List.of(newDomain(), newDomain(), newDomain());
    List<Long> ids = others.stream().map(k -> enqueue(k).id()).toList();
    for (long id : ids) {
      ScriptedJob.awaitState(jobs, scheduler, id, JobState.WAITING);
    }
    for (int round = 0; round < 3; round++) {
      clock.advance(Duration.ofMinutes(5));
      for (long id : ids) {
        long at = clock.instant().toEpochMilli();
        awaitCondition(() -> jobs.job(id).nextRunAt().toEpochMilli() > at);
      }
    }
    assertThat(callsBy(first)).isEqualTo(1);
    for (String key : others) {
      assertThat(callsBy(key)).as(key).isZero();
    }

    flags.clear("dondominio");
    for (long id : ids) {
      jobs.retryNow(id);
    }
    for (long id : ids) {
      ScriptedJob.awaitState(jobs, scheduler, id, JobState.DONE);
    }
    for (String key : others) {
      assertThat(callsBy(key)).as(key).isEqualTo(1);
    }
  }

  private void awaitAttempts(long id, int attempts) {
    awaitCondition(
        () -> jobs.job(id).attempts() == attempts && jobs.job(id).state() != JobState.RUNNING);
  }

  private void awaitCondition(java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition within 20 s").isLessThan(deadline);
      scheduler.triggerCheckForDueExecutions();
      java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }
}
