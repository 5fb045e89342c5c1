package org.regdesk.app.order;

import java.util.List;
import java.util.Map;

/**
 * An order as typed on the form or sent to {@code POST /api/v1/orders}.
 *
 * @param type {@code register}, {@code transfer} or {@code renew}
 * @param domain the domain, as typed
 * @param customerId the customer (for a renewal: the domain's customer, or null)
 * @param years the period; null for a transfer (one year)
 * @param authCode a transfer's auth code; never stored in the clear, never shown again
 * @param nameservers the name servers, or empty for the registrar's default
 * @param fields values of the TLD's domain custom fields by key
 * @param acceptPremiumPrice the premium price the customer accepts, or null
 */
public record OrderCommand(
    String type,
    String domain,
    Long customerId,
    Integer years,
    String authCode,
    List<String> nameservers,
    Map<String, String> fields,
    String acceptPremiumPrice) {

  /** Never shows the auth code. */
  @Override
  public String toString() {
    return "OrderCommand[" + type + ", " + domain + ", customer " + customerId + "]";
  }
}
