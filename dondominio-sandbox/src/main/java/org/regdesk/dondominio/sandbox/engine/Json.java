package org.regdesk.dondominio.sandbox.engine;

import java.math.BigDecimal;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Building blocks of response trees. */
final class Json {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** {@code billing: {total, currency}} of create, transfer and renew. */
  static ObjectNode billing(BigDecimal total, String currency) {
    ObjectNode billing = object();
    billing.put("total", Account.money(total));
    billing.put("currency", currency);
    return billing;
  }
}
