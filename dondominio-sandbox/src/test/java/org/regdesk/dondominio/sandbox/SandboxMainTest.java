package org.regdesk.dondominio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxMainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final SandboxMain main =
      new SandboxMain(
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void help_prints_usage_and_exits_0() {
    SandboxMain.Launch launch = main.launch("--help");

    assertThat(launch).isEqualTo(new SandboxMain.Launch.Exit(0));
    assertThat(out()).startsWith("Usage: regdesk sandbox [options]");
    for (String option :
        new String[] {
          "--port",
          "--host",
          "--apiuser",
          "--apipasswd",
          "--balance",
          "--seed-domains",
          "--seed",
          "--latency-ms",
          "--state",
          "--help"
        }) {
      assertThat(out()).contains(option);
    }
    assertThat(err()).isEmpty();
  }

  @Test
  void a_bad_option_prints_one_line_naming_it_then_usage_and_exits_2() {
    SandboxMain.Launch launch = main.launch("--port", "99999");

    assertThat(launch).isEqualTo(new SandboxMain.Launch.Exit(2));
    assertThat(err().lines().findFirst())
        .contains("error: --port must be an integer from 0 to 65535, got 99999");
    assertThat(err()).contains("Usage: regdesk sandbox");
    assertThat(out()).isEmpty();
  }

  @Test
  void a_started_sandbox_prints_one_ready_line_without_the_password() {
    SandboxMain.Launch launch =
        main.launch("--port", "0", "--apiuser", "00000-ABC", "--apipasswd", "Pw-Not-Shown");

    assertThat(launch).isInstanceOf(SandboxMain.Launch.Running.class);
    try (Sandbox sandbox = ((SandboxMain.Launch.Running) launch).sandbox()) {
      assertThat(out())
          .isEqualTo(
              "DonDominio sandbox listening on http://127.0.0.1:"
                  + sandbox.port()
                  + "/ (apiuser 00000-ABC)"
                  + System.lineSeparator());
      assertThat(out() + err()).doesNotContain("Pw-Not-Shown");
    }
  }

  @Test
  void a_corrupt_state_file_is_one_line_and_exit_2(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("state.json");
    Files.writeString(state, "{ this is not json");

    SandboxMain.Launch launch = main.launch("--port", "0", "--state", state.toString());

    assertThat(launch).isEqualTo(new SandboxMain.Launch.Exit(2));
    assertThat(err().lines())
        .containsExactly(
            "error: --state: state file " + state + " is not valid JSON (line 1, column 3)");
  }

  @Test
  void a_busy_port_is_one_line_and_exit_1() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      SandboxMain.Launch launch = main.launch("--port", Integer.toString(busy.getLocalPort()));

      assertThat(launch).isEqualTo(new SandboxMain.Launch.Exit(1));
      assertThat(err().lines())
          .singleElement()
          .asString()
          .startsWith("error: cannot listen on 127.0.0.1:" + busy.getLocalPort());
    }
  }
}
