package org.regdesk.dondominio.client.tool;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;

/**
 * {@code tool/hello}: checks connectivity and credentials; the server validates the API user and
 * password on this call like on any other.
 */
public record HelloRequest() implements ApiRequest<HelloResponse> {

  @Override
  public ApiAction action() {
    return ApiAction.TOOL_HELLO;
  }

  @Override
  public FormParameters parameters() {
    return FormParameters.empty();
  }

  @Override
  public HelloResponse parseResponse(ResponseData data) {
    return HelloResponse.from(data);
  }
}
