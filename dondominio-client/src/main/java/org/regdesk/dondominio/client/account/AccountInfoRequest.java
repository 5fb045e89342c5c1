package org.regdesk.dondominio.client.account;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;

/** {@code account/info}: the account holder, balance and low-balance threshold. */
public record AccountInfoRequest() implements ApiRequest<AccountInfo> {

  @Override
  public ApiAction action() {
    return ApiAction.ACCOUNT_INFO;
  }

  @Override
  public FormParameters parameters() {
    return FormParameters.empty();
  }

  @Override
  public AccountInfo parseResponse(ResponseData data) {
    return AccountInfo.from(data);
  }
}
