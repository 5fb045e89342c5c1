package org.regdesk.dondominio.sandbox.engine;

import org.regdesk.idna.Idna;
import org.regdesk.idna.IdnaException;
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

  /**
   * {@code {query, unicode, punycode}} for a name or a single label in either spelling, under
   * IDNA2008: {@code straße} is {@code xn--strae-oqa}, never {@code strasse}.
   */
  private static ApiResult idnConverter(SandboxState state, Params params, CallContext call) {
    String query = params.required("query");
    String punycode;
    try {
      punycode = DomainName.asciiForm(query);
    } catch (IdnaException e) {
      throw ApiError.invalid("query", "\"" + shown(query) + "\" " + e.getMessage());
    }
    ObjectNode data = Json.object();
    data.put("query", query);
    data.put("unicode", Idna.toUnicode(punycode));
    data.put("punycode", punycode);
    return ApiResult.of(data);
  }

  /** The query as it goes into an error message: trimmed and cut short. */
  private static String shown(String query) {
    String text = query.strip();
    return text.length() > 80 ? text.substring(0, 80) + "..." : text;
  }
}
