package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.JsonNode;

/**
 * One API request pinned by a golden envelope: what is set up first (over HTTP, on a fresh sandbox
 * with a frozen clock), the action and its fields, and follow-up requests that show the effect.
 * {@link #run} sends it in one body encoding; both encodings must match the same golden entry. A
 * refused request must leave the engine's state exactly as it was.
 */
final class WireCase {
  private final String action;
  private final String name;
  private final List<Consumer<WireFixture>> given = new ArrayList<>();
  private final Map<String, String> fields = new LinkedHashMap<>();
  private final List<FollowUp> then = new ArrayList<>();

  /**
   * What happens after the request: another request whose answer is pinned too (an API action, or a
   * control GET path), or a step such as moving the clock, which is not pinned.
   */
  private record FollowUp(
      String action, Map<String, String> fields, boolean control, Consumer<WireFixture> step) {}

  private WireCase(String action, String name) {
    this.action = action;
    this.name = name;
  }

  static WireCase of(String action, String name) {
    return new WireCase(action, name);
  }

  /** Every case once per body encoding, as arguments of a parameterized test. */
  static Stream<Arguments> inBothEncodings(WireCase... cases) {
    return Stream.of(cases)
        .flatMap(c -> Stream.of(BodyEncoding.values()).map(e -> Arguments.of(c, e)));
  }

  WireCase given(Consumer<WireFixture> step) {
    given.add(step);
    return this;
  }

  WireCase with(String... nameValues) {
    fields.putAll(WireFixture.pairs(nameValues));
    return this;
  }

  /** The complete inline owner of {@link WireFixture#OWNER}. */
  WireCase withOwner() {
    fields.putAll(WireFixture.OWNER);
    return this;
  }

  /** Leaves one field out (e.g. one owner field). */
  WireCase without(String field) {
    fields.remove(field);
    return this;
  }

  WireCase then(String followUp, String... nameValues) {
    then.add(new FollowUp(followUp, WireFixture.pairs(nameValues), false, null));
    return this;
  }

  /** Then the sandbox clock moves on (not pinned); later follow-ups see the new time. */
  WireCase thenMinutesPass(long minutes) {
    then.add(new FollowUp(null, Map.of(), false, f -> f.advanceMinutes(minutes)));
    return this;
  }

  /** Then the sandbox clock moves on by whole days. */
  WireCase thenDaysPass(long days) {
    then.add(new FollowUp(null, Map.of(), false, f -> f.advanceDays(days)));
    return this;
  }

  /** Then {@code GET /_sandbox/domains/{domain}}: counts, charges and internal state. */
  WireCase thenState(String domain) {
    then.add(new FollowUp("domains/" + domain, Map.of(), true, null));
    return this;
  }

  String action() {
    return action;
  }

  void run(BodyEncoding encoding) {
    try (WireFixture fixture = new WireFixture()) {
      given.forEach(step -> step.accept(fixture));
      JsonNode before = EngineSnapshot.of(fixture.sandbox);
      Placeholders placeholders = new Placeholders();

      JsonNode envelope = envelope(fixture.send(encoding, action, fields));
      WireGolden.check(action, name, placeholders.apply(envelope));
      if (!envelope.path("success").asBoolean()) {
        assertThat(EngineSnapshot.of(fixture.sandbox))
            .as("a refused %s must change nothing", action)
            .isEqualTo(before);
      }

      for (int i = 0; i < then.size(); i++) {
        FollowUp next = then.get(i);
        if (next.step() != null) {
          next.step().accept(fixture);
          continue;
        }
        JsonNode answer;
        if (next.control()) {
          Wire.Response response = fixture.controlGet(next.action());
          assertThat(response.status()).as(response.text()).isEqualTo(200);
          answer = response.json();
        } else {
          answer = envelope(fixture.send(encoding, next.action(), next.fields()));
        }
        WireGolden.check(
            action, name + " / then " + (i + 1) + " " + next.action(), placeholders.apply(answer));
      }
    }
  }

  /** The checks every API answer passes before its content is compared. */
  private static JsonNode envelope(Wire.Response response) {
    assertThat(response.status()).as("HTTP status").isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8");
    JsonNode envelope = response.json();
    assertThat(envelope.path("success").isBoolean()).isTrue();
    assertThat(envelope.path("errorCode").isInt()).isTrue();
    assertThat(envelope.path("errorCode").asInt()).as("never an internal failure").isNotEqualTo(1);
    return envelope;
  }

  @Override
  public String toString() {
    return action + " " + name;
  }
}
