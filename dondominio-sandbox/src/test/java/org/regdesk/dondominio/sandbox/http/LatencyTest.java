package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.sandbox.SandboxExtension;

/** {@code --latency-ms}: every API answer waits, control answers do not. */
class LatencyTest {
  private static final RecordingSleeper SLEEPER = new RecordingSleeper();
  private static final Duration LATENCY = Duration.ofMillis(250);

  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.builder().configure(b -> b.sleeper(SLEEPER).latency(LATENCY)).build();

  @BeforeEach
  void clear() {
    SLEEPER.clear();
  }

  @Test
  void every_api_call_waits_before_answering() {
    Wire.post(SANDBOX.get().uri(), "tool/hello/", BodyEncoding.URLENCODED, Wire.credentials());
    Wire.post(SANDBOX.get().uri(), "tool/nope/", BodyEncoding.MULTIPART, Wire.credentials());
    Wire.post(SANDBOX.get().uri(), "tool/hello/", "text/plain", new byte[] {1});

    assertThat(SLEEPER.waits()).containsExactly(LATENCY, LATENCY, LATENCY);
  }

  @Test
  void a_latency_fault_adds_to_the_network_delay() {
    SANDBOX.get().fault(Fault.latency("tool/hello", Duration.ofSeconds(2)));

    Wire.post(SANDBOX.get().uri(), "tool/hello/", BodyEncoding.URLENCODED, Wire.credentials());

    assertThat(SLEEPER.waits()).containsExactly(LATENCY.plus(Duration.ofSeconds(2)));
  }

  @Test
  void the_control_api_does_not_wait() {
    Wire.get(SANDBOX.get().uri(), "_sandbox/faults");
    Wire.post(SANDBOX.get().uri(), "_sandbox/reset", BodyEncoding.URLENCODED, Map.of());

    assertThat(SLEEPER.waits()).isEmpty();
  }
}
