package org.regdesk.dondominio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code regdesk sandbox} as a real process: ready line, SIGTERM, state saved on the way out. */
class SandboxProcessTest {

  @Test
  void sigterm_saves_the_state_file_and_ends_the_process(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("state.json");
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "-XX:TieredStopAtLevel=1",
                    SandboxMain.class.getName(),
                    "--port",
                    "0",
                    "--state",
                    state.toString(),
                    "--apipasswd",
                    "Process-Pw"))
            .redirectErrorStream(true)
            .start();
    try {
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader output =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  output.lines().forEach(lines::add);
                } catch (IOException | UncheckedIOException e) {
                  lines.add("<output ended: " + e + ">");
                }
              });
      reader.start();
      StringBuilder seen = new StringBuilder();
      String ready = null;
      while (ready == null) {
        String line = lines.poll(30, TimeUnit.SECONDS);
        assertThat(line).as("output so far: %s", seen).isNotNull();
        seen.append(line).append('\n');
        if (line.startsWith("DonDominio sandbox listening on ")) {
          ready = line;
        }
      }
      assertThat(ready)
          .matches(
              "DonDominio sandbox listening on http://127\\.0\\.0\\.1:\\d+/ \\(apiuser sandbox\\)");
      Files.delete(state); // written at start; must come back on shutdown

      process.destroy(); // SIGTERM

      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      reader.join(10_000);
      lines.forEach(line -> seen.append(line).append('\n'));
      assertThat(seen.toString()).doesNotContain("Process-Pw");
      assertThat(new StateFile(state).load().clockOffset()).isNotNull();
    } finally {
      process.destroyForcibly();
    }
  }
}
