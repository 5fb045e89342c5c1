package org.regdesk.dondominio.sandbox.engine;

import java.math.BigDecimal;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code domain/renew}: guarded by {@code curExpDate} against double renewals (2100 when it is not
 * the current expiry), limited to the zone's periods and a new expiry at most ten years ahead
 * (2101), refused while the domain is not yet or no longer renewable (2101, 2102 in pending
 * delete). Extends the current expiry, even of an expired domain, and returns the new one.
 */
final class RenewAction {
  private RenewAction() {}

  static void register(ActionTable table) {
    table.writes("domain/renew", RenewAction::renew);
  }

  private static ApiResult renew(SandboxState state, Params params, CallContext call) {
    Domain domain = DomainSelector.require(state, params);
    int guard = Dates.parseExpiryGuard("curExpDate", params.required("curExpDate"));
    Tld zone = domain.name.tld();
    int period = params.integer("period").orElse(zone.defaultYears());
    if (period < 1) {
      throw ApiError.invalid("period", "at least 1 year");
    }
    requireRenewableStatus(domain);
    if (guard != domain.expiryDay) {
      throw new ApiError(
          ErrorCodes.RENEW_ERROR,
          "curExpDate "
              + Dates.day(guard)
              + " does not match the current expiry date "
              + Dates.day(domain.expiryDay));
    }
    if (!zone.allowsYears(period)) {
      throw new ApiError(
          ErrorCodes.RENEW_NOT_ALLOWED,
          "." + zone.name() + " renews for " + zone.yearsText() + " year(s), not " + period);
    }
    int newExpiry = Dates.plusYears(domain.expiryDay, period);
    int horizon = Dates.plusYears(call.today(), Lifecycle.HORIZON_YEARS);
    if (newExpiry > horizon) {
      throw new ApiError(
          ErrorCodes.RENEW_NOT_ALLOWED,
          "The new expiry "
              + Dates.day(newExpiry)
              + " would be more than "
              + Lifecycle.HORIZON_YEARS
              + " years ahead");
    }
    BigDecimal total = Account.money(zone.renewPrice().multiply(BigDecimal.valueOf(period)));
    state.account.requireFunds(total);

    state.account.charge(call.epochSecond(), "renew", domain.name.unicode(), total);
    state.counts(domain.name.ascii()).renewed++;
    domain.expiryDay = newExpiry;
    domain.status = DomainStatus.RENEWED;
    domain.record(
        call.history(
            "Domain renew",
            "Renewed for "
                + period
                + " year(s) until "
                + Dates.day(newExpiry)
                + "; "
                + total.toPlainString()
                + " "
                + state.account.currency()
                + " charged"));
    state.schedule(domain, call.nextMinute() + Lifecycle.RENEWED_MINUTES);

    ObjectNode data = Json.object();
    data.set("billing", Json.billing(total, state.account.currency()));
    ObjectNode item = Json.object();
    item.put("name", domain.name.unicode());
    item.put("status", domain.status.wire());
    item.put("tld", zone.name());
    item.put("domainID", domain.id);
    item.put("tsExpir", Dates.day(domain.expiryDay));
    item.put("renewPeriod", String.valueOf(period));
    data.putArray("domains").add(item);
    return ApiResult.of(data);
  }

  private static void requireRenewableStatus(Domain domain) {
    switch (domain.status) {
      case ACTIVE:
      case RENEWED:
      case EXPIRED_RENEWGRACE:
      case EXPIRED_REDEMPTION:
        return;
      case EXPIRED_PENDINGDELETE:
        throw new ApiError(
            ErrorCodes.RENEW_BLOCKED, "Domain renew blocked: the domain is pending deletion");
      default:
        throw new ApiError(
            ErrorCodes.RENEW_NOT_ALLOWED,
            "Domain renew not allowed while the domain is " + domain.status.wire());
    }
  }
}
