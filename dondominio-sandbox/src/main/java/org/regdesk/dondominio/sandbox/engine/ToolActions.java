package org.regdesk.dondominio.sandbox.engine;

import java.net.IDN;
import tools.jackson.databind.node.ObjectNode;

/** {@code tool/hello} and {@code tool/idnconverter}. */
final class ToolActions {
  static final String API_VERSION = "1.0.26";

  private ToolActions() {}

  static void register(ActionTable table) {
    table.reads("tool/hello", ToolActions::hello);
    table.reads("tool/idnconverter", ToolActions::idnConverter);
  }

  private static ApiResult hello(SandboxState state, Params params, CallContext call) {
    ObjectNode data = Json.object();
    data.put("ip", call.ip());
    data.put("lang", "en");
    data.put("version", API_VERSION);
    return ApiResult.of(data);
  }

  /** {@code {query, unicode, punycode}} for a name or a single label in either spelling. */
  private static ApiResult idnConverter(SandboxState state, Params params, CallContext call) {
    String query = params.required("query");
    String punycode =
        DomainName.toAscii(query)
            .orElseThrow(() -> ApiError.invalid("query", "not a domain name or label"));
    ObjectNode data = Json.object();
    data.put("query", query);
    data.put("unicode", punycode.contains("xn--") ? IDN.toUnicode(punycode) : punycode);
    data.put("punycode", punycode);
    return ApiResult.of(data);
  }
}
