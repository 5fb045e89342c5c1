package org.regdesk.dondominio.sandbox.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code domain/create}: checks the name, the period, the nameservers, the contacts and the zone's
 * extra fields, charges the price (premium price with {@code premium=1}) and starts the
 * registration in {@code register-init}.
 */
final class CreateAction {
  private CreateAction() {}

  static void register(ActionTable table) {
    table.writes("domain/create", CreateAction::create);
  }

  private static ApiResult create(SandboxState state, Params params, CallContext call) {
    DomainName name = DomainName.parse(params.required("domain"), state.catalogue);
    Tld zone = name.tld();
    Availability availability = Availability.of(state, name);
    switch (availability) {
      case IN_ACCOUNT:
        throw new ApiError(
            ErrorCodes.CREATE_TAKEN,
            "Domain create error: " + name.unicode() + " is already in your account");
      case FOREIGN:
      case TAKEN:
        throw new ApiError(
            ErrorCodes.CREATE_TAKEN, "Domain create error: " + name.unicode() + " is taken");
      default:
        break;
    }
    boolean premium = availability == Availability.PREMIUM;
    BigDecimal yearly = Availability.yearlyPrice(name);
    if (premium && !params.flag("premium", false)) {
      throw new ApiError(
          ErrorCodes.CREATE_PREMIUM,
          "Premium domain: "
              + name.unicode()
              + " costs "
              + yearly.toPlainString()
              + " "
              + state.account.currency()
              + " a year; send premium=1 to register it");
    }
    int period = period(params, zone);
    Nameservers nameservers = nameservers(params);
    ContactRoles roles = ContactRoles.read(state, params, zone).requireOwner();
    Map<String, String> extras = TldExtras.read(params, zone, true, call.today());
    BigDecimal total = Account.money(yearly.multiply(BigDecimal.valueOf(period)));
    state.account.requireFunds(total);

    state.dropCancelledTransfer(name);
    Domain domain = new Domain(state.allocateDomainId(), name, DomainStatus.REGISTER_INIT);
    RegistrationDefaults.apply(domain, state);
    domain.createdDay = call.today();
    domain.periodYears = period;
    domain.nameservers = nameservers;
    domain.extras = extras;
    roles.assignAll(domain, state, call);
    state.domains.add(domain);
    state.account.charge(call.epochSecond(), "create", name.unicode(), total);
    state.counts(name.ascii()).created++;
    domain.record(
        call.history(
            "Domain create",
            "Registration requested for "
                + period
                + " year(s)"
                + (premium ? " (premium)" : "")
                + "; "
                + total.toPlainString()
                + " "
                + state.account.currency()
                + " charged"));
    state.schedule(domain, call.nextMinute() + Lifecycle.REGISTER_STEP_MINUTES);
    return ApiResult.of(registrationResponse(state, domain, total, period));
  }

  /** {@code period}: the zone's default when absent; 105 unless the zone sells it. */
  static int period(Params params, Tld zone) {
    int period = params.integer("period").orElse(zone.defaultYears());
    if (!zone.allowsYears(period)) {
      throw ApiError.invalid(
          "period", "." + zone.name() + " sells " + zone.yearsText() + " year(s)");
    }
    return period;
  }

  private static Nameservers nameservers(Params params) {
    List<String> items = params.list("nameservers");
    if (items.isEmpty()) {
      return Nameservers.PARKING;
    }
    return Nameservers.parse("nameservers", items, Nameservers.Use.CREATE).nameservers();
  }

  /** The create/transfer response: {@code billing} and one {@code domains} item. */
  static ObjectNode registrationResponse(
      SandboxState state, Domain domain, BigDecimal total, int period) {
    ObjectNode data = Json.object();
    data.set("billing", Json.billing(total, state.account.currency()));
    ObjectNode item = DomainViews.base(domain);
    item.put("period", period);
    data.putArray("domains").add(item);
    return data;
  }
}
