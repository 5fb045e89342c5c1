package org.regdesk.dondominio.sandbox.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code domain/transfer} and {@code domain/transferrestart}. A transfer in starts in {@code
 * transfer-init} and is charged at once; five minutes later the current registrar checks the auth
 * code. Accepted: {@code transfer-pending}, then {@code active} five days later with one year
 * added. Refused or missing: the domain waits in {@code transfer-init} for a {@code
 * transferrestart} with the right code, and ten days after the request (or the last restart) the
 * transfer ends in {@code transfer-cancel} and the charge is refunded.
 */
final class TransferActions {
  static final String IN_THE_SYSTEM = "Domain in the system";

  private TransferActions() {}

  static void register(ActionTable table) {
    table.writes("domain/transfer", TransferActions::transfer);
    table.writes("domain/transferrestart", TransferActions::restart);
  }

  /** Why {@code name} cannot be transferred in, or {@code null} when it can. */
  static String refusal(SandboxState state, DomainName name) {
    switch (Availability.of(state, name)) {
      case IN_ACCOUNT:
        return IN_THE_SYSTEM;
      case FOREIGN:
        return state.foreign.get(name.ascii()).locked()
            ? "Domain is locked at the current registrar"
            : null;
      case TAKEN:
        return "The current registrar refuses transfers of this domain";
      default:
        return "Domain is not registered; register it with domain/create";
    }
  }

  private static ApiResult transfer(SandboxState state, Params params, CallContext call) {
    DomainName name = DomainName.parse(params.required("domain"), state.catalogue);
    String refusal = refusal(state, name);
    if (refusal != null) {
      throw new ApiError(ErrorCodes.TRANSFER_NOT_ALLOWED, refusal);
    }
    ForeignDomain held = state.foreign.get(name.ascii());
    Tld zone = name.tld();
    Nameservers nameservers = nameservers(params, held);
    Optional<String> authcode = params.text("authcode");
    Optional<String> foa = foaContact(params);
    ContactRoles roles = ContactRoles.read(state, params, zone).requireOwner();
    // create requires the zone's fields; a transfer keeps the registry's data, so they are optional
    var extras = TldExtras.read(params, zone, false, call.today());
    BigDecimal total = zone.transferPrice();
    state.account.requireFunds(total);

    state.dropCancelledTransfer(name);
    Domain domain = new Domain(state.allocateDomainId(), name, DomainStatus.TRANSFER_INIT);
    RegistrationDefaults.apply(domain, state);
    domain.createdDay = call.today();
    domain.expiryDay = held.expiryDay();
    domain.periodYears = 1;
    domain.nameservers = nameservers;
    domain.extras = extras;
    domain.transferAuthcode = authcode.orElse(null);
    domain.foaContact = foa.orElse(null);
    domain.transferCharge = total;
    roles.assignAll(domain, state, call);
    state.domains.add(domain);
    state.account.charge(call.epochSecond(), "transfer", name.unicode(), total);
    state.counts(name.ascii()).transferred++;
    domain.record(
        call.history(
            "Domain transfer",
            "Transfer requested"
                + (authcode.isPresent() ? " with an auth code" : " without an auth code")
                + "; "
                + total.toPlainString()
                + " "
                + state.account.currency()
                + " charged"));
    startAuthorisation(state, domain, call);
    return ApiResult.of(CreateAction.registrationResponse(state, domain, total, 1));
  }

  private static ApiResult restart(SandboxState state, Params params, CallContext call) {
    Domain domain = DomainSelector.require(state, params);
    if (domain.status != DomainStatus.TRANSFER_INIT
        && domain.status != DomainStatus.TRANSFER_CANCEL) {
      throw new ApiError(
          ErrorCodes.TRANSFER_ERROR,
          "No transfer to restart: the domain is " + domain.status.wire());
    }
    Optional<String> authcode = params.text("authcode");
    Optional<String> foa = foaContact(params);
    boolean recharge = domain.status == DomainStatus.TRANSFER_CANCEL;
    BigDecimal total = domain.name.tld().transferPrice();
    if (recharge) {
      if (state.foreign.get(domain.name.ascii()) == null) {
        throw new ApiError(ErrorCodes.TRANSFER_NOT_ALLOWED, refusal(state, domain.name));
      }
      state.account.requireFunds(total);
    }

    authcode.ifPresent(code -> domain.transferAuthcode = code);
    foa.ifPresent(contact -> domain.foaContact = contact);
    if (recharge) {
      state.account.charge(call.epochSecond(), "transfer", domain.name.unicode(), total);
      state.counts(domain.name.ascii()).transferred++;
      domain.transferCharge = total;
      domain.status = DomainStatus.TRANSFER_INIT;
    }
    domain.record(
        call.history(
            "Domain transfer restart",
            (authcode.isPresent() ? "Restarted with a new auth code" : "Restarted")
                + (recharge
                    ? "; " + total.toPlainString() + " " + state.account.currency() + " charged"
                    : "")));
    startAuthorisation(state, domain, call);
    return new ApiResult(DomainViews.base(domain), List.of("Operation done correctly."));
  }

  private static void startAuthorisation(SandboxState state, Domain domain, CallContext call) {
    domain.awaitingAuthcode = false;
    domain.transferDeadlineMinute = (int) (call.nextMinute() + Lifecycle.TRANSFER_WAIT_MINUTES);
    state.schedule(domain, call.nextMinute() + Lifecycle.TRANSFER_CHECK_MINUTES);
  }

  private static Nameservers nameservers(Params params, ForeignDomain held) {
    List<String> items = params.list("nameservers");
    if (items.isEmpty()) {
      return Nameservers.PARKING;
    }
    Nameservers.Choice choice = Nameservers.parse("nameservers", items, Nameservers.Use.TRANSFER);
    return choice.keepCurrent() ? held.nameservers() : choice.nameservers();
  }

  private static Optional<String> foaContact(Params params) {
    Optional<String> foa = params.text("foacontact").map(v -> v.toLowerCase(Locale.ROOT));
    if (foa.isPresent() && !foa.get().equals("owner") && !foa.get().equals("admin")) {
      throw ApiError.invalid("foacontact", "expected owner or admin");
    }
    return foa;
  }
}
