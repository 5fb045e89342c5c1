package org.regdesk.registrar.dondominio;

import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.regdesk.dondominio.client.domain.DomainCheckForTransferRequest;
import org.regdesk.dondominio.client.domain.DomainCheckForTransferResponse;
import org.regdesk.dondominio.client.domain.DomainCheckRequest;
import org.regdesk.dondominio.client.domain.DomainCheckResponse;
import org.regdesk.dondominio.client.domain.DomainCreateRequest;
import org.regdesk.dondominio.client.domain.DomainCreateResponse;
import org.regdesk.dondominio.client.domain.DomainRenewRequest;
import org.regdesk.dondominio.client.domain.DomainRenewResponse;
import org.regdesk.dondominio.client.domain.DomainStatusInfo;
import org.regdesk.dondominio.client.domain.DomainSummary;
import org.regdesk.dondominio.client.domain.DomainTransferRequest;
import org.regdesk.dondominio.client.domain.DomainTransferResponse;
import org.regdesk.dondominio.client.domain.DomainTransferRestartRequest;
import org.regdesk.dondominio.client.domain.DomainUpdateRequest;
import org.regdesk.dondominio.client.domain.OrderedDomain;
import org.regdesk.dondominio.client.value.DomainContacts;
import org.regdesk.dondominio.client.value.FoaContact;
import org.regdesk.dondominio.client.value.HostName;
import org.regdesk.dondominio.client.value.TldExtras;
import org.regdesk.registrar.dondominio.availability.AvailabilityChecker;
import org.regdesk.registrar.dondominio.call.ErrorTable;
import org.regdesk.registrar.dondominio.contact.RoleContacts;
import org.regdesk.registrar.dondominio.tld.TldAnswers;
import org.regdesk.registrar.dondominio.tld.TldRow;
import org.regdesk.registrar.dondominio.tld.TldTable;
import org.regdesk.registrar.spi.error.InvalidInputException;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.error.OutcomeUnknownException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.error.RejectedException;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.ProvisioningResult;
import org.regdesk.registrar.spi.operation.RegisterRequest;
import org.regdesk.registrar.spi.operation.RenewRequest;
import org.regdesk.registrar.spi.operation.RestartTransferRequest;
import org.regdesk.registrar.spi.operation.TransferEligibility;
import org.regdesk.registrar.spi.operation.TransferProgress;
import org.regdesk.registrar.spi.operation.TransferRequest;
import org.regdesk.registrar.spi.operation.TransferState;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.Money;
import org.regdesk.registrar.spi.value.Nameservers;
import org.regdesk.registrar.spi.value.RenewalMode;

/**
 * The charged operations (register, transfer, renew) and the transfer's follow-ups.
 *
 * <p><b>Never twice.</b> DonDominio's create, transfer and renew are sent at most once per call. A
 * registration is sent straight away (one call on the way that matters for throughput); the plugin
 * looks at the account first only when an earlier try's answer was lost in this process, and after
 * a refusal as taken: a registration of the name that began moments ago is this order's own earlier
 * try and counts as done, without a second charge. (A desk that restarted has forgotten the lost
 * answer; it looks the domain up itself before it retries.) Transfers look first: a domain that is
 * already in the account in the state the transfer leads to counts as done. So a retry after {@link
 * org.regdesk.registrar.spi.error.OutcomeUnknownException} (the answer was lost) is safe. Renewals
 * are guarded by the expiry: the plugin reads {@code tsExpir}, sends it as {@code curExpDate}, and
 * treats an expiry already one period later as the renewal having happened.
 */
final class Provisioning {

  /** A registration found in the account is ours if it started this recently. */
  private static final int RECENT_REGISTRATION_DAYS = 2;

  /** DonDominio's refusal of a create for a name someone holds. */
  private static final int CREATE_TAKEN = 2010;

  /** DonDominio's refusal of a create for a premium name sent without {@code premium=1}. */
  private static final int CREATE_PREMIUM = 2011;

  private final ApiContext api;
  private final DomainSnapshots snapshots;
  private final AvailabilityChecker availability;

  /** Names whose create went out and whose answer was lost; the next try looks first. */
  private final Set<String> uncertain = ConcurrentHashMap.newKeySet();

  Provisioning(ApiContext api, DomainSnapshots snapshots, AvailabilityChecker availability) {
    this.api = api;
    this.snapshots = snapshots;
    this.availability = availability;
  }

  ProvisioningResult register(RegisterRequest request) throws RegistrarException {
    DomainName domain = request.domain();
    api.requireSold(domain);
    List<FieldError> errors = new ArrayList<>();
    TldExtras extras =
        TldAnswers.extras(
            domain.tld(), request.tldFields(), TldAnswers.Purpose.REGISTER, api.today(), errors);
    Optional<DomainContacts> contacts =
        RoleContacts.forNewDomain(
            request.contacts(),
            api.settings().contactPolicy(),
            request.tldFields().customerField(CustomerField.IDENTITY_NUMBER),
            spanishIdentity(domain),
            errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    org.regdesk.dondominio.client.value.Nameservers nameservers =
        forNewDomain(request.nameservers());

    if (uncertain.contains(domain.ascii())) {
      // an earlier try's answer was lost: look before sending the create again
      Optional<ProvisioningResult> ours = alreadyOurs(domain);
      if (ours.isPresent()) {
        uncertain.remove(domain.ascii());
        return ours.get();
      }
    }

    // Only a premium order needs the live price before the create; any other create is sent at
    // once, and DonDominio's refusals (2010 taken, 2011 premium) say what a check would have.
    boolean premium;
    try {
      premium = request.acceptedPremiumPrice().isPresent() && checkPremium(request);
    } catch (RejectedException refused) {
      return earlierTryOr(domain, refused);
    }

    availability.forget(domain);
    DomainCreateResponse created;
    try {
      created =
          api.gateway()
              .call(
                  ApiContext.about(domain),
                  () ->
                      DomainCreateRequest.builder(wireName(domain), contacts.orElseThrow())
                          .period(
                              org.regdesk.dondominio.client.value.Period.ofYears(
                                  request.period().years()))
                          .premium(premium)
                          .nameservers(nameservers)
                          .extras(extras)
                          .build());
    } catch (OutcomeUnknownException lost) {
      uncertain.add(domain.ascii());
      throw lost;
    } catch (RejectedException refused) {
      uncertain.remove(domain.ascii());
      if (isCode(refused, CREATE_PREMIUM) && !api.settings().allowPremium()) {
        throw premiumNotOffered(domain);
      }
      return earlierTryOr(domain, refused);
    } finally {
      // again afterwards: a check that ran while the create was on its way may have cached
      // "available", and the create may have happened even when its answer was lost
      availability.forget(domain);
    }
    uncertain.remove(domain.ascii());
    DomainSnapshot.Builder snapshot = snapshotOf(domain, created.first());
    if (request.settingsDeferred()) {
      return new ProvisioningResult(
          snapshot.build(),
          created.charged().map(Provisioning::money),
          created.first().flatMap(d -> d.domain().id()).map(Object::toString));
    }
    RenewalMode mode = renewalModeForRegistration(request.renewalMode());
    if (tryUpdate(
        domain,
        "renewal mode",
        DomainUpdateRequest.renewalMode(ApiContext.selector(domain), DomainSnapshots.wire(mode)))) {
      snapshot.renewalMode(mode);
    }
    if (request.privacy()
        && tryUpdate(
            domain,
            "WHOIS privacy",
            DomainUpdateRequest.whoisPrivacy(ApiContext.selector(domain), true))) {
      snapshot.privacy(true);
    }
    return new ProvisioningResult(
        snapshot.build(),
        created.charged().map(Provisioning::money),
        created.first().flatMap(d -> d.domain().id()).map(Object::toString));
  }

  ProvisioningResult transfer(TransferRequest request) throws RegistrarException {
    DomainName domain = request.domain();
    api.requireSold(domain);
    List<FieldError> errors = new ArrayList<>();
    TldExtras extras =
        TldAnswers.extras(
            domain.tld(), request.tldFields(), TldAnswers.Purpose.TRANSFER, api.today(), errors);
    Optional<DomainContacts> contacts =
        RoleContacts.forNewDomain(
            request.contacts(),
            api.settings().contactPolicy(),
            request.tldFields().customerField(CustomerField.IDENTITY_NUMBER),
            spanishIdentity(domain),
            errors);
    Optional<org.regdesk.dondominio.client.value.AuthCode> authCode = Optional.empty();
    if (request.authCode().isPresent()) {
      try {
        authCode =
            Optional.of(
                org.regdesk.dondominio.client.value.AuthCode.of(request.authCode().get().value()));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("authCode", "is not in a form DonDominio accepts"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    org.regdesk.dondominio.client.value.Nameservers nameservers =
        request
            .nameservers()
            .map(this::forNewDomain)
            .orElse(org.regdesk.dondominio.client.value.Nameservers.keepCurrent());

    Optional<DomainStatusInfo> existing = lookup(domain);
    if (existing.isPresent()) {
      TransferProgress progress =
          RegistrarStatuses.transferProgress(existing.get().domain().status());
      if (progress == TransferProgress.PENDING || progress == TransferProgress.COMPLETED) {
        return new ProvisioningResult(
            DomainSnapshots.builder(domain, existing.get()).build(),
            Optional.empty(),
            existing.get().domain().id().map(Object::toString));
      }
      if (progress == null) {
        throw new RejectedException(
            "The domain is already in this account.",
            domain
                + " is already in this account ("
                + RegistrarStatuses.wire(existing.get().domain().status())
                + ")",
            null);
      }
      // A cancelled transfer: DonDominio accepts a new one, which replaces it.
    }

    availability.forget(domain);
    Optional<org.regdesk.dondominio.client.value.AuthCode> code = authCode;
    DomainTransferResponse transferred =
        api.gateway()
            .call(
                ApiContext.about(domain),
                () -> {
                  DomainTransferRequest.Builder builder =
                      DomainTransferRequest.builder(wireName(domain), contacts.orElseThrow())
                          .nameservers(nameservers)
                          .extras(extras);
                  code.ifPresent(builder::authcode);
                  request.foaRecipient().map(Provisioning::foa).ifPresent(builder::foaContact);
                  return builder.build();
                });
    DomainSnapshot.Builder snapshot = snapshotOf(domain, transferred.first());
    // DonDominio refuses changes while a transfer runs; if so, the mode is set when it completes.
    RenewalMode mode = api.settings().newDomainRenewalMode();
    if (tryUpdate(
        domain,
        "renewal mode",
        DomainUpdateRequest.renewalMode(ApiContext.selector(domain), DomainSnapshots.wire(mode)))) {
      snapshot.renewalMode(mode);
    }
    return new ProvisioningResult(
        snapshot.build(),
        transferred.charged().map(Provisioning::money),
        transferred.first().flatMap(d -> d.domain().id()).map(Object::toString));
  }

  ProvisioningResult renew(RenewRequest request) throws RegistrarException {
    DomainName domain = request.domain();
    DomainStatusInfo info = snapshots.status(domain);
    Optional<LocalDate> expiry = info.domain().expiry();
    if (expiry.isEmpty()) {
      throw new RejectedException(
          "The domain cannot be renewed until its registration or transfer completes.",
          domain
              + " has no expiry date yet ("
              + RegistrarStatuses.wire(info.domain().status())
              + ")",
          null);
    }
    if (expiry.get().equals(request.period().addTo(request.currentExpiry()))) {
      // The renewal this request asks for has already happened (e.g. the answer to an earlier
      // attempt was lost): report it instead of charging again.
      return new ProvisioningResult(
          DomainSnapshots.builder(domain, info).build(),
          Optional.empty(),
          info.domain().id().map(Object::toString));
    }
    if (!expiry.get().equals(request.currentExpiry())) {
      throw new RejectedException(
          "The domain's expiry date has changed since it was last read; refresh it before"
              + " renewing.",
          domain
              + " expires on "
              + expiry.get()
              + " at the registrar, not on "
              + request.currentExpiry()
              + " as the request says",
          null);
    }
    DomainRenewResponse renewed =
        api.gateway()
            .call(
                ApiContext.about(domain),
                () ->
                    DomainRenewRequest.of(
                        ApiContext.selector(domain),
                        expiry.get(),
                        org.regdesk.dondominio.client.value.Period.ofYears(
                            request.period().years())));
    DomainSnapshot.Builder snapshot =
        renewed
            .first()
            .map(d -> DomainSnapshots.builder(domain, d.domain()))
            .orElseGet(() -> DomainSnapshots.builder(domain, info));
    return new ProvisioningResult(
        snapshot.build(),
        renewed.charged().map(Provisioning::money),
        renewed.first().flatMap(d -> d.domain().id()).map(Object::toString));
  }

  TransferState transferStatus(DomainName domain) throws RegistrarException {
    DomainStatusInfo info = snapshots.status(domain);
    TransferProgress progress = RegistrarStatuses.transferProgress(info.domain().status());
    if (progress == null) {
      throw new NotFoundException(domain + " is being registered here, not transferred", null);
    }
    if (progress == TransferProgress.COMPLETED) {
      applyRenewalModeAfterTransfer(domain, info);
    }
    return new TransferState(
        domain, progress, RegistrarStatuses.wire(info.domain().status()), Optional.empty());
  }

  TransferState restartTransfer(RestartTransferRequest request) throws RegistrarException {
    DomainName domain = request.domain();
    Optional<org.regdesk.dondominio.client.value.AuthCode> code = Optional.empty();
    if (request.authCode().isPresent()) {
      try {
        code =
            Optional.of(
                org.regdesk.dondominio.client.value.AuthCode.of(request.authCode().get().value()));
      } catch (IllegalArgumentException e) {
        throw InvalidInputException.of("authCode", "is not in a form DonDominio accepts");
      }
    }
    Optional<org.regdesk.dondominio.client.value.AuthCode> authCode = code;
    DomainSummary summary =
        api.gateway()
            .call(
                ApiContext.about(domain),
                () ->
                    new DomainTransferRestartRequest(
                        ApiContext.selector(domain),
                        authCode,
                        request.foaRecipient().map(Provisioning::foa)));
    TransferProgress progress = RegistrarStatuses.transferProgress(summary.status());
    return new TransferState(
        domain,
        progress == null ? TransferProgress.PENDING : progress,
        RegistrarStatuses.wire(summary.status()),
        Optional.empty());
  }

  TransferEligibility checkTransferEligibility(DomainName domain) throws RegistrarException {
    api.requireSold(domain);
    DomainCheckForTransferResponse response =
        api.gateway()
            .call(
                ApiContext.about(domain),
                () -> new DomainCheckForTransferRequest(wireName(domain)));
    DomainCheckForTransferResponse.Transferability answer =
        response
            .first()
            .orElseThrow(
                () ->
                    new org.regdesk.registrar.spi.error.UnavailableException(
                        "domain/checkfortransfer answered without a result", null));
    List<String> reasons =
        answer.reasons().stream()
            .map(String::strip)
            .filter(reason -> !reason.isEmpty())
            .map(reason -> reason.length() > 500 ? reason.substring(0, 500) : reason)
            .toList();
    return new TransferEligibility(
        domain,
        answer.transferable(),
        reasons,
        answer.price().map(Provisioning::money).filter(m -> !m.isNegative()));
  }

  /**
   * After a create refused as taken: the registration this request asks for, if an earlier try of
   * it (whose answer was lost) made it; a refusal naming the account if the account holds the name
   * otherwise; empty when someone else holds it.
   */
  private Optional<ProvisioningResult> alreadyOurs(DomainName domain) throws RegistrarException {
    Optional<DomainStatusInfo> existing = lookup(domain);
    if (existing.isEmpty()) {
      return Optional.empty();
    }
    if (!isOurRegistration(existing.get())) {
      throw new RejectedException(
          "The domain is already registered.",
          domain
              + " is already in this account ("
              + RegistrarStatuses.wire(existing.get().domain().status())
              + ")",
          Integer.toString(CREATE_TAKEN));
    }
    return Optional.of(
        new ProvisioningResult(
            DomainSnapshots.builder(domain, existing.get()).build(),
            Optional.empty(),
            existing.get().domain().id().map(Object::toString)));
  }

  /**
   * A refusal as taken is this order's own earlier try when the account holds a registration of the
   * name that began moments ago: that registration is the result. Any other refusal stands.
   */
  private ProvisioningResult earlierTryOr(DomainName domain, RejectedException refused)
      throws RegistrarException {
    if (isCode(refused, CREATE_TAKEN)) {
      Optional<ProvisioningResult> ours = alreadyOurs(domain);
      if (ours.isPresent()) {
        return ours.get();
      }
    }
    throw refused;
  }

  private static boolean isCode(RegistrarException e, int code) {
    return e.registrarCode().equals(Optional.of(Integer.toString(code)));
  }

  private static RejectedException premiumNotOffered(DomainName domain) {
    return new RejectedException(
        "This is a premium domain, which is not offered.",
        domain + " is premium and the plugin settings do not allow premium names",
        Integer.toString(CREATE_PREMIUM));
  }

  /** The domain's status, or empty if DonDominio answers 2008 (not in this account). */
  private Optional<DomainStatusInfo> lookup(DomainName domain) throws RegistrarException {
    try {
      return Optional.of(snapshots.status(domain));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  private boolean isOurRegistration(DomainStatusInfo info) {
    switch (info.domain().status()) {
      case REGISTER_INIT:
      case REGISTER_PENDING:
        return true;
      case ACTIVE:
      case RENEWED:
        LocalDate since = api.today().minusDays(RECENT_REGISTRATION_DAYS);
        return info.created().filter(created -> !created.isBefore(since)).isPresent();
      default:
        return false;
    }
  }

  /**
   * Checks the name right before a registration: refuses a taken name, and a premium name unless
   * the settings allow premium names and the customer accepted exactly the live price.
   *
   * @return whether to send {@code premium=1}
   */
  private boolean checkPremium(RegisterRequest request) throws RegistrarException {
    DomainName domain = request.domain();
    DomainCheckResponse check =
        api.gateway()
            .call(ApiContext.about(domain), () -> new DomainCheckRequest(wireName(domain)));
    Optional<DomainCheckResponse.Availability> answer = check.first();
    if (answer.isEmpty()) {
      throw new org.regdesk.registrar.spi.error.UnavailableException(
          "domain/check answered without a result", null);
    }
    if (!answer.get().available()) {
      // the create would be refused as taken: staff see that code, as if it had been sent
      throw ErrorTable.refusal(
          CREATE_TAKEN, domain + " is not available (domain/check), so it was not created");
    }
    if (!answer.get().premium()) {
      return false;
    }
    Optional<Money> livePrice = answer.get().price().map(Provisioning::money);
    if (!api.settings().allowPremium()) {
      throw premiumNotOffered(domain);
    }
    if (request.acceptedPremiumPrice().isEmpty()
        || livePrice.isEmpty()
        || !sameMoney(request.acceptedPremiumPrice().get(), livePrice.get())) {
      throw new RejectedException(
          "This is a premium domain; its current price must be accepted first.",
          domain
              + " is premium at "
              + livePrice.map(Money::toString).orElse("an unknown price")
              + " per year; accepted: "
              + request.acceptedPremiumPrice().map(Money::toString).orElse("nothing"),
          null);
    }
    return true;
  }

  private static boolean sameMoney(Money a, Money b) {
    return a.currency().equals(b.currency()) && a.amount().compareTo(b.amount()) == 0;
  }

  /**
   * The renewal mode set after a registration: the order's own when it asks for something else than
   * the default (manual), otherwise the plugin setting.
   */
  private RenewalMode renewalModeForRegistration(RenewalMode requested) {
    return requested != RenewalMode.MANUAL ? requested : api.settings().newDomainRenewalMode();
  }

  /**
   * After a transfer completes: DonDominio gives arriving domains automatic renewal and refuses
   * changes while the transfer runs, so the configured mode is set at the first look after
   * completion.
   */
  private void applyRenewalModeAfterTransfer(DomainName domain, DomainStatusInfo info) {
    RenewalMode wanted = api.settings().newDomainRenewalMode();
    if (wanted != RenewalMode.AUTO_RENEW
        && info.domain().status() == org.regdesk.dondominio.client.value.DomainStatus.ACTIVE
        && info.renewalMode() == org.regdesk.dondominio.client.value.RenewalMode.AUTORENEW) {
      tryUpdate(
          domain,
          "renewal mode",
          DomainUpdateRequest.renewalMode(
              ApiContext.selector(domain), DomainSnapshots.wire(wanted)));
    }
  }

  /** Sends a follow-up change whose failure must not undo the charged operation before it. */
  private boolean tryUpdate(DomainName domain, String what, DomainUpdateRequest update) {
    try {
      api.gateway().send(ApiContext.about(domain), update);
      return true;
    } catch (RegistrarException e) {
      api.logger()
          .log(
              Level.WARNING,
              () -> "could not set the " + what + " of " + domain + ": " + e.getMessage());
      return false;
    }
  }

  /** The name servers for a new domain; DonDominio's parking unless the order or settings say. */
  private org.regdesk.dondominio.client.value.Nameservers forNewDomain(Nameservers requested) {
    Nameservers chosen =
        requested.usesRegistrarDefault()
            ? api.settings().defaultNameservers().orElse(requested)
            : requested;
    if (chosen.usesRegistrarDefault()) {
      return org.regdesk.dondominio.client.value.Nameservers.parking();
    }
    return org.regdesk.dondominio.client.value.Nameservers.hosts(
        chosen.hosts().stream().map(host -> HostName.of(host.ascii())).toList());
  }

  private DomainSnapshot.Builder snapshotOf(DomainName domain, Optional<OrderedDomain> ordered) {
    return ordered
        .map(d -> DomainSnapshots.builder(domain, d.domain()))
        .orElseGet(
            () ->
                DomainSnapshot.builder(
                    domain, org.regdesk.registrar.spi.operation.DomainStatus.UNKNOWN, "unknown"));
  }

  private static boolean spanishIdentity(DomainName domain) {
    return TldTable.row(domain.tld()).map(TldRow::spanishIdentity).orElse(false);
  }

  private static org.regdesk.dondominio.client.value.DomainName wireName(DomainName domain) {
    return org.regdesk.dondominio.client.value.DomainName.of(domain.ascii());
  }

  private static FoaContact foa(ContactRole role) {
    return role == ContactRole.ADMIN ? FoaContact.ADMIN : FoaContact.OWNER;
  }

  static Money money(org.regdesk.dondominio.client.value.Money money) {
    return Money.of(money.amount(), money.currency());
  }
}
