package org.regdesk.dondominio.client.account;

import java.util.Optional;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.value.Money;

/**
 * Answer to {@code account/info}.
 *
 * @param clientName the account holder
 * @param apiUser the API user name
 * @param balance the prepaid balance available for creates, transfers and renewals
 * @param threshold the low-balance warning threshold, when the server sends one
 * @param ip the caller's IP address as the API sees it
 */
public record AccountInfo(
    String clientName, String apiUser, Money balance, Optional<Money> threshold, String ip) {

  /** Reads the response data; {@code ClientName} (older spelling) is read too. */
  public static AccountInfo from(ResponseData data) {
    String clientName =
        data.optionalText("clientName").orElseGet(() -> data.textOrEmpty("ClientName"));
    return new AccountInfo(
        clientName,
        data.textOrEmpty("apiuser"),
        data.money("balance", "currency"),
        data.optionalMoney("threshold", "currency"),
        data.textOrEmpty("ip"));
  }
}
