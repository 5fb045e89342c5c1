package org.regdesk.dondominio.sandbox.engine;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code domain/check} and {@code domain/checkfortransfer}: one name per call. */
final class CheckActions {
  private CheckActions() {}

  static void register(ActionTable table) {
    table.reads("domain/check", CheckActions::check);
    table.reads("domain/checkfortransfer", CheckActions::checkForTransfer);
  }

  private static ApiResult check(SandboxState state, Params params, CallContext call) {
    DomainName name = DomainName.parse(params.required("domain"), state.catalogue);
    Availability availability = Availability.of(state, name);
    ObjectNode item = Json.object();
    item.put("name", name.unicode());
    item.put("punycode", name.ascii());
    item.put("tld", name.tld().name());
    item.put("available", availability.registrable());
    item.put("premium", availability == Availability.PREMIUM);
    item.put("price", Availability.yearlyPrice(name));
    item.put("currency", state.account.currency());
    return ApiResult.of(domains(item));
  }

  private static ApiResult checkForTransfer(SandboxState state, Params params, CallContext call) {
    DomainName name = DomainName.parse(params.required("domain"), state.catalogue);
    ObjectNode item = Json.object();
    item.put("name", name.unicode());
    item.put("punycode", name.ascii());
    item.put("tld", name.tld().name());
    String refusal = TransferActions.refusal(state, name);
    item.put("transferavail", refusal == null);
    ArrayNode messages = item.putArray("transfermsg");
    if (refusal != null) {
      messages.add(refusal);
    }
    item.put("price", name.tld().transferPrice());
    item.put("currency", state.account.currency());
    return ApiResult.of(domains(item));
  }

  private static ObjectNode domains(ObjectNode item) {
    ObjectNode data = Json.object();
    data.putArray("domains").add(item);
    return data;
  }
}
