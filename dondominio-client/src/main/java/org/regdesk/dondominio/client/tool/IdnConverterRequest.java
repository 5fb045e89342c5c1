package org.regdesk.dondominio.client.tool;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;

/**
 * {@code tool/idnconverter}: converts a name between Unicode and Punycode on the server.
 *
 * @param query the name to convert, in either form
 */
public record IdnConverterRequest(String query) implements ApiRequest<IdnConversion> {

  /** Checks the query is present. */
  public IdnConverterRequest {
    Checks.text(query, "query");
  }

  @Override
  public ApiAction action() {
    return ApiAction.TOOL_IDN_CONVERTER;
  }

  @Override
  public FormParameters parameters() {
    return FormParameters.builder().add("query", query).build();
  }

  @Override
  public IdnConversion parseResponse(ResponseData data) {
    return IdnConversion.from(data);
  }
}
