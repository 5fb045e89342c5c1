package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class StateRoundTripTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static EngineFixture busySandbox() {
    EngineFixture sandbox = EngineFixture.seeded(300, 21);
    sandbox.createActive("round-trip.com", "period", "2");
    sandbox.create("münchen-trip.de");
    sandbox.create(
        "privet.ru",
        "ownerDateOfBirth",
        "1980-05-01",
        "ruIssuer",
        "MVD",
        "ruIssuerDate",
        "2001-01-01");
    sandbox.call("domain/update", "domain", "round-trip.com", "updateType", "tag", "tag", "kept");
    sandbox.call(
        "domain/gluerecordcreate",
        "domain",
        "round-trip.com",
        "name",
        "ns1.round-trip.com",
        "ipv4",
        "8.8.8.8",
        "ipv6",
        "2a00::1");
    sandbox.call(
        "domain/dnsseccreate",
        "domain",
        "round-trip.com",
        "keytag",
        "1",
        "algorithm",
        "8",
        "digesttype",
        "1",
        "digest",
        "0123456789abcdef0123456789abcdef01234567");
    sandbox.engine.addForeignDomain(
        EngineFixture.control("domain", "away.net", "authcode", "Code#1"));
    sandbox.call(
        "domain/transfer",
        EngineFixture.owner(
            "domain", "away.net", "authcode", "Wrong", "ownerContactEmail", "other@example.org"));
    sandbox.engine.updateAccount(
        EngineFixture.control("threshold", "75.5", "clientName", "Round Trip S.L."));
    return sandbox;
  }

  private static SandboxEngine restore(JsonNode state, SandboxClock clock) {
    return SandboxEngine.restore(
        state,
        new SandboxEngine.Config("sandbox", "sandbox", new BigDecimal("1.00"), "EUR", 0, 99),
        clock);
  }

  @Test
  void export_then_restore_gives_the_same_state_and_behaviour() {
    EngineFixture original = busySandbox();
    JsonNode exported = original.engine.exportState();
    JsonNode throughText = MAPPER.readTree(MAPPER.writeValueAsString(exported));
    SandboxClock clock = SandboxClock.fixed(EngineFixture.START);
    clock.advance(original.clock.offset());
    SandboxEngine restored = restore(throughText, clock);
    assertThat(restored.exportState()).isEqualTo(exported);
    // the restored sandbox goes on exactly as the original would
    Params advance = EngineFixture.control("advanceDays", "11");
    original.engine.advanceClock(advance);
    restored.advanceClock(advance);
    Params create = EngineFixture.params(EngineFixture.owner("domain", "after-restore.com"));
    JsonNode a = original.engine.call("domain/create", create, "1.1.1.1").responseData();
    JsonNode b = restored.call("domain/create", create, "1.1.1.1").responseData();
    assertThat(b).isEqualTo(a);
    assertThat(restored.exportState()).isEqualTo(original.engine.exportState());
    assertThat(restored.domainState("away.net").orElseThrow().get("status").asString())
        .isEqualTo("transfer-cancel");
  }

  @Test
  void streaming_writes_the_same_json_as_the_tree() {
    EngineFixture sandbox = busySandbox();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    sandbox.engine.writeState(out);
    assertThat(MAPPER.readTree(out.toByteArray())).isEqualTo(sandbox.engine.exportState());
  }

  @Test
  void streaming_leaves_the_callers_stream_open() {
    EngineFixture sandbox = busySandbox();
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    java.io.OutputStream mustStayOpen =
        new java.io.FilterOutputStream(written) {
          @Override
          public void close() {
            throw new AssertionError("writeState closed the caller's stream");
          }
        };

    sandbox.engine.writeState(mustStayOpen);

    assertThat(MAPPER.readTree(written.toByteArray())).isEqualTo(sandbox.engine.exportState());
  }

  @Test
  void money_survives_exactly_and_passwords_are_not_exported() {
    EngineFixture sandbox = busySandbox();
    JsonNode exported = sandbox.engine.exportState();
    assertThat(exported.get("account").get("threshold").asString()).isEqualTo("75.50");
    assertThat(exported.toString()).doesNotContain("apipasswd").doesNotContain("apiPassword");
  }

  @Test
  void corrupt_states_are_refused_with_a_clear_message() {
    EngineFixture sandbox = busySandbox();
    ObjectNode good = (ObjectNode) sandbox.engine.exportState();
    assertThatThrownBy(() -> restore(MAPPER.readTree("[]"), sandbox.clock))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> restore(MAPPER.readTree("{\"format\":\"other\"}"), sandbox.clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("format");
    ObjectNode noAccount = good.deepCopy();
    noAccount.remove("account");
    assertThatThrownBy(() -> restore(noAccount, sandbox.clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("account");
    ObjectNode badRow = good.deepCopy();
    ((ArrayNode) badRow.get("domains").get(0)).set(2, MAPPER.getNodeFactory().stringNode("alive"));
    assertThatThrownBy(() -> restore(badRow, sandbox.clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("status");
    ObjectNode badContact = good.deepCopy();
    ((ArrayNode) badContact.get("domains").get(0))
        .set(10, MAPPER.getNodeFactory().stringNode("NOP-1"));
    assertThatThrownBy(() -> restore(badContact, sandbox.clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOP-1");
    ObjectNode shortRow = good.deepCopy();
    ((ArrayNode) shortRow.get("domains").get(0)).remove(3);
    assertThatThrownBy(() -> restore(shortRow, sandbox.clock))
        .isInstanceOf(IllegalArgumentException.class);
    ObjectNode badMoney = good.deepCopy();
    ((ObjectNode) badMoney.get("account")).put("balance", "lots");
    assertThatThrownBy(() -> restore(badMoney, sandbox.clock))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reset_returns_to_the_seeded_state() {
    EngineFixture sandbox = EngineFixture.seeded(500, 17);
    JsonNode fresh = sandbox.engine.exportState();
    sandbox.create("temporary.com");
    sandbox.engine.updateAccount(EngineFixture.control("balance", "3.00"));
    sandbox.engine.reset();
    assertThat(sandbox.engine.exportState()).isEqualTo(fresh);
    assertThat(sandbox.engine.domainState("temporary.com")).isEmpty();
    assertThat(sandbox.balance()).isEqualByComparingTo("1000.00");
  }

  @Test
  void reset_after_time_moved_anchors_the_seed_at_the_new_time() {
    EngineFixture sandbox = EngineFixture.seeded(200, 17);
    sandbox.advanceDays(400);
    sandbox.engine.reset();
    JsonNode list = sandbox.call("domain/list", "status", "active", "pageLength", "1");
    assertThat(list.get("domains").get(0).get("tsExpir").asString()).isGreaterThan("2027-04-06");
    assertThat(sandbox.call("domain/list").get("queryInfo").get("total").asInt()).isEqualTo(200);
  }
}
