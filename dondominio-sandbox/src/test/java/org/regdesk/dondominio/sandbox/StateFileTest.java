package org.regdesk.dondominio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regdesk.dondominio.sandbox.engine.SandboxClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StateFileTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void a_saved_snapshot_loads_back() throws Exception {
    StateFile file = new StateFile(dir.resolve("state.json"));
    var engineState =
        JSON.readTree("{\"domains\":[{\"name\":\"a.com\",\"domainID\":1}],\"x\":1.50}");

    file.save(new StateFile.Snapshot(engineState, Duration.ofDays(400)));
    StateFile.Snapshot loaded = file.load();

    assertThat(loaded.engineState()).isEqualTo(engineState);
    assertThat(loaded.clockOffset()).isEqualTo(Duration.ofDays(400));
  }

  @Test
  void saving_replaces_the_file_and_leaves_no_temporary_files() throws Exception {
    StateFile file = new StateFile(dir.resolve("state.json"));

    file.save(new StateFile.Snapshot(JSON.readTree("{\"n\":1}"), Duration.ZERO));
    file.save(new StateFile.Snapshot(JSON.readTree("{\"n\":2}"), Duration.ZERO));

    assertThat(file.load().engineState().path("n").asInt()).isEqualTo(2);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve("state.json"));
    }
  }

  @Test
  void the_file_is_readable_by_its_owner_only() throws Exception {
    StateFile file = new StateFile(dir.resolve("state.json"));

    file.save(new StateFile.Snapshot(JSON.readTree("{}"), Duration.ZERO));

    assertThat(Files.getPosixFilePermissions(file.path()))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'' | is empty",
        "not json at all | is not valid JSON (line 1, column 1)",
        "[1,2] | is not a sandbox state file",
        "{\"format\":\"something-else\"} | is not a sandbox state file",
        "{\"format\":\"regdesk-dondominio-sandbox-state\",\"formatVersion\":9,\"engine\":{}} | has state format version 9; this sandbox reads version 1",
        "{\"format\":\"regdesk-dondominio-sandbox-state\",\"formatVersion\":1} | has no engine state",
        "{\"format\":\"regdesk-dondominio-sandbox-state\",\"formatVersion\":1,\"engine\":{},\"clockOffset\":\"soon\"} | has a clockOffset that is not an ISO-8601 duration",
        "{\"format\":\"regdesk-dondominio-sandbox-state\",\"formatVersion\":1,\"engine\":{},\"clockOffset\":\"-PT1H\"} | has a negative clockOffset",
      })
  void an_unusable_file_is_refused_with_one_clear_line(String content, String reason)
      throws Exception {
    Path path = dir.resolve("state.json");
    Files.writeString(path, content);

    assertThatThrownBy(() -> new StateFile(path).load())
        .isInstanceOf(StateFileException.class)
        .hasMessageStartingWith("state file " + path + " " + reason)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void a_directory_is_refused() {
    assertThatThrownBy(() -> new StateFile(dir).load())
        .isInstanceOf(StateFileException.class)
        .hasMessage("state file " + dir + " is a directory");
  }

  @Test
  void a_sandbox_writes_its_state_file_at_start_and_restores_from_it() throws Exception {
    Path path = dir.resolve("sandbox.json");
    SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-01-10T10:00:00Z"));

    try (Sandbox sandbox = Sandbox.builder().port(0).clock(clock).stateFile(path).start()) {
      assertThat(path).exists();
      clock.advance(Duration.ofDays(30));
    }
    SandboxClock fresh = SandboxClock.fixed(Instant.parse("2026-01-10T10:00:00Z"));
    try (Sandbox restored = Sandbox.builder().port(0).clock(fresh).stateFile(path).start()) {
      assertThat(restored.clock().instant()).isEqualTo(Instant.parse("2026-02-09T10:00:00Z"));
    }
  }

  @Test
  void a_restored_sandbox_is_the_saved_one_with_its_clock_moved_once() throws Exception {
    Path path = dir.resolve("seeded.json");
    SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-01-10T10:00:00Z"));
    JsonNode before;
    try (Sandbox sandbox =
        Sandbox.builder().port(0).clock(clock).seedDomains(300).seed(5).stateFile(path).start()) {
      sandbox.advanceClock(Duration.ofDays(45));
      before = sandbox.engine().exportState();
    }
    assertThat(JSON.readTree(path.toFile()).propertyNames())
        .containsExactly("format", "formatVersion", "engine", "clockOffset");

    SandboxClock fresh = SandboxClock.fixed(Instant.parse("2026-01-10T10:00:00Z"));
    try (Sandbox restored =
        Sandbox.builder().port(0).clock(fresh).seedDomains(300).seed(5).stateFile(path).start()) {
      assertThat(restored.clock().offset()).isEqualTo(Duration.ofDays(45));
      // a second advance (by the engine's restore) would have run more transitions
      assertThat(restored.engine().exportState()).isEqualTo(before);
    }
  }

  @Test
  void a_sandbox_refuses_a_corrupt_state_file_instead_of_starting_empty() throws Exception {
    Path path = dir.resolve("sandbox.json");
    Files.writeString(path, "{\"format\":\"regdesk-dondominio-sandbox-state\"");

    assertThatThrownBy(() -> Sandbox.builder().port(0).stateFile(path).start())
        .isInstanceOf(StateFileException.class)
        .hasMessageContaining("is not valid JSON");
    assertThat(Files.readString(path))
        .isEqualTo("{\"format\":\"regdesk-dondominio-sandbox-state\"");
  }

  @Test
  void the_saver_writes_only_after_a_change() throws Exception {
    Path path = dir.resolve("saver.json");
    StateFile file = new StateFile(path);
    int[] exports = {0};
    StateSaver saver =
        new StateSaver(
            file,
            f -> {
              exports[0]++;
              f.save(
                  new StateFile.Snapshot(
                      JSON.createObjectNode().put("n", exports[0]), Duration.ZERO));
            });

    assertThat(saver.saveIfChanged()).isFalse();
    saver.markChanged();
    assertThat(saver.saveIfChanged()).isTrue();
    assertThat(saver.saveIfChanged()).isFalse();
    assertThat(file.load().engineState().path("n").asInt()).isEqualTo(1);

    saver.close();
    assertThat(file.load().engineState().path("n").asInt()).as("saved on close").isEqualTo(2);
  }

  @Test
  void api_calls_mark_the_state_as_changed() throws Exception {
    Path path = dir.resolve("calls.json");
    try (Sandbox sandbox =
        Sandbox.builder().port(0).stateFile(path).stateSaveInterval(Duration.ofHours(1)).start()) {
      Files.delete(path);
      java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(sandbox.uri().resolve("tool/hello/"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      java.net.http.HttpRequest.BodyPublishers.ofString(
                          "apiuser=sandbox&apipasswd=sandbox"))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.discarding());
      // the background round is an hour away; close saves what changed
    }
    assertThat(path).exists();
  }

  @Test
  void the_background_saver_writes_a_change_without_waiting_for_close() throws Exception {
    Path path = dir.resolve("background.json");
    java.util.concurrent.CountDownLatch exported = new java.util.concurrent.CountDownLatch(1);
    StateSaver saver =
        new StateSaver(
            new StateFile(path),
            f -> {
              exported.countDown();
              f.save(new StateFile.Snapshot(JSON.createObjectNode(), Duration.ZERO));
            });
    saver.start(Duration.ofMillis(5));
    try {
      saver.markChanged();

      assertThat(exported.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    } finally {
      saver.close();
    }
    assertThat(path).exists();
  }
}
