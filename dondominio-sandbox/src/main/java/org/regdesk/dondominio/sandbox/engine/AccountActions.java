package org.regdesk.dondominio.sandbox.engine;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code account/info} and {@code account/zones} (the price list). */
final class AccountActions {
  private AccountActions() {}

  static void register(ActionTable table) {
    table.reads("account/info", AccountActions::info);
    table.reads("account/zones", AccountActions::zones);
  }

  private static ApiResult info(SandboxState state, Params params, CallContext call) {
    Account account = state.account;
    ObjectNode data = Json.object();
    data.put("clientName", account.clientName());
    data.put("apiuser", call.user());
    data.put("balance", account.balance());
    data.put("threshold", account.threshold());
    data.put("currency", account.currency());
    data.put("ip", call.ip());
    return ApiResult.of(data);
  }

  private static ApiResult zones(SandboxState state, Params params, CallContext call) {
    Paging paging = Paging.of(params);
    Optional<String> tld = params.text("tld").map(AccountActions::zoneName);
    Optional<String> top = params.text("tldtop").map(AccountActions::zoneName);
    ArrayNode zones = Json.array();
    int total = 0;
    for (Tld zone : state.catalogue.all()) {
      if (tld.isPresent() && !tld.get().equals(zone.name())) {
        continue;
      }
      if (top.isPresent() && !top.get().equals(zone.top())) {
        continue;
      }
      if (paging.contains(total)) {
        zones.add(zone(zone));
      }
      total++;
    }
    ObjectNode data = Json.object();
    data.set("queryInfo", paging.queryInfo(zones.size(), total));
    data.set("zones", zones);
    return ApiResult.of(data);
  }

  private static ObjectNode zone(Tld zone) {
    ObjectNode node = Json.object();
    node.put("tld", zone.name());
    node.put("tldtop", zone.top());
    node.put("authcodereq", zone.authcodeRequired());
    ArrayNode requirements = node.putArray("requirements");
    zone.requiredFields().forEach(requirements::add);
    node.set("create", price(zone.createPrice(), zone.yearsText()));
    node.set("renew", price(zone.renewPrice(), zone.yearsText()));
    // a transfer always adds exactly one year
    node.set("transfer", price(zone.transferPrice(), "1"));
    return node;
  }

  private static ObjectNode price(BigDecimal amount, String years) {
    ObjectNode node = Json.object();
    node.put("price", amount);
    node.put("years", years);
    node.put("inPromo", false);
    return node;
  }

  /** Zone filters accept {@code .com} and {@code COM} as {@code com}. */
  static String zoneName(String text) {
    String name = text.toLowerCase(Locale.ROOT);
    return name.startsWith(".") ? name.substring(1) : name;
  }
}
