package org.regdesk.dondominio.sandbox.http;

import org.regdesk.dondominio.sandbox.Sandbox;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the engine holds (account, ledger, contacts, domains, deleted list, random source
 * position), for asserting that a refused request changed nothing. The time of the export itself is
 * left out.
 */
final class EngineSnapshot {
  private EngineSnapshot() {}

  static JsonNode of(Sandbox sandbox) {
    ObjectNode state = (ObjectNode) sandbox.engine().exportState();
    state.remove("savedAt");
    return state;
  }
}
