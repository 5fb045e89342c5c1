package org.regdesk.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * What the registry (the sandbox) and the desk say about one domain, checked against each other:
 * how many creates, transfers and renewals the registry ran and charged for, and whether the desk
 * holds the same status and expiry.
 */
final class Ledger {

  private Ledger() {}

  /** The registry's operation count ({@code created}, {@code transferred}, {@code renewed}). */
  static int operations(JsonNode registry, String operation) {
    return registry.get("operations").get(operation).asInt();
  }

  /** How many charges the registry made for the name with this action ({@code create} ...). */
  static int charges(JsonNode registry, String action) {
    int n = 0;
    for (JsonNode charge : registry.get("charges")) {
      if (action == null || charge.get("action").asString().equals(action)) {
        n++;
      }
    }
    return n;
  }

  /** The sum of every charge for the name. */
  static BigDecimal charged(JsonNode registry) {
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode charge : registry.get("charges")) {
      sum = sum.add(charge.get("amount").decimalValue());
    }
    return sum;
  }

  /** The registry's balance as a domain view reports it. */
  static BigDecimal balance(JsonNode registry) {
    return registry.get("account").get("balance").decimalValue();
  }

  /**
   * A done order's domain: active in the registry and in the desk, with the expiry the desk stores.
   *
   * @param registry the sandbox's view
   * @param desk the desk's domain ({@code GET /api/v1/domains/{name}})
   */
  static void sameDomain(JsonNode registry, JsonNode desk) {
    String name = registry.get("punycode").asString();
    assertThat(registry.get("status").asString())
        .as("registry status of %s", name)
        .isIn("active", "renewed");
    assertThat(OrderDesk.text(desk, "status")).as("desk status of %s", name).isEqualTo("ACTIVE");
    assertThat(OrderDesk.text(desk, "expiresOn"))
        .as("expiry of %s in the desk vs the registry", name)
        .isEqualTo(registry.get("tsExpir").asString());
  }
}
