package org.regdesk.registrar.tck.fake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.RegistrarContext;
import org.regdesk.registrar.spi.descriptor.Capabilities;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.descriptor.RegistrarDescriptor;
import org.regdesk.registrar.spi.error.AuthenticationFailedException;
import org.regdesk.registrar.spi.error.InsufficientFundsException;
import org.regdesk.registrar.spi.error.InvalidInputException;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.error.NotSupportedException;
import org.regdesk.registrar.spi.error.OutcomeUnknownException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.error.RejectedException;
import org.regdesk.registrar.spi.error.UnavailableException;
import org.regdesk.registrar.spi.operation.Availability;
import org.regdesk.registrar.spi.operation.AvailabilityResult;
import org.regdesk.registrar.spi.operation.ConnectionReport;
import org.regdesk.registrar.spi.operation.ContactRecord;
import org.regdesk.registrar.spi.operation.DomainContacts;
import org.regdesk.registrar.spi.operation.DomainListRequest;
import org.regdesk.registrar.spi.operation.DomainPage;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.DomainStatus;
import org.regdesk.registrar.spi.operation.ListCursor;
import org.regdesk.registrar.spi.operation.NameserverState;
import org.regdesk.registrar.spi.operation.OperationPrice;
import org.regdesk.registrar.spi.operation.ProvisioningResult;
import org.regdesk.registrar.spi.operation.RegisterRequest;
import org.regdesk.registrar.spi.operation.RenewRequest;
import org.regdesk.registrar.spi.operation.RestartTransferRequest;
import org.regdesk.registrar.spi.operation.TldPricing;
import org.regdesk.registrar.spi.operation.TransferEligibility;
import org.regdesk.registrar.spi.operation.TransferProgress;
import org.regdesk.registrar.spi.operation.TransferRequest;
import org.regdesk.registrar.spi.operation.TransferState;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.Contact;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.DsRecord;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.GlueRecord;
import org.regdesk.registrar.spi.value.HostName;
import org.regdesk.registrar.spi.value.Money;
import org.regdesk.registrar.spi.value.Nameservers;
import org.regdesk.registrar.spi.value.Period;
import org.regdesk.registrar.spi.value.RenewalMode;
import org.regdesk.registrar.spi.value.RoleContact;
import org.regdesk.registrar.spi.value.Tld;
import org.regdesk.registrar.spi.value.TldFieldValues;

/**
 * The fake plugin: a registrar plugin written the way the contract asks, on top of the {@link
 * FakeRegistry}'s wire, with {@link Defect}s that can be switched on one by one.
 */
final class FakeRegistrar implements Registrar {

  private static final String CURSOR_PREFIX = "offset:";

  private final FakeRegistry registry;
  private final RegistrarContext context;
  private final RegistrarDescriptor descriptor;
  private final Set<Defect> defects;
  private final String apiUser;
  private final String apiKey;

  FakeRegistrar(
      FakeRegistry registry,
      RegistrarContext context,
      RegistrarDescriptor descriptor,
      Set<Defect> defects) {
    this.registry = registry;
    this.context = context;
    this.descriptor = descriptor;
    this.defects = defects;
    this.apiUser = context.settings().require("apiUsername");
    this.apiKey = context.settings().require("apiKey");
  }

  // ---- the wire, the audit and the one mapping table ----

  private <T> T call(
      String action,
      Optional<DomainName> domain,
      boolean changing,
      Map<String, String> parameters,
      Supplier<T> body)
      throws RegistrarException {
    Map<String, String> audited = new LinkedHashMap<>(parameters);
    audited.put("apiUser", apiUser);
    audited.put("apiKey", apiKey);
    if (defects.contains(Defect.LOGS_API_KEY)) {
      context.logger().log(System.Logger.Level.DEBUG, "calling " + action + " with key " + apiKey);
    }
    if (defects.contains(Defect.LOOKUP_NOT_AUDITED) && action.equals("info")) {
      return send(action, domain, changing, body);
    }
    return context
        .callAudit()
        .call(action, domain, audited, () -> send(action, domain, changing, body));
  }

  private <T> T send(String action, Optional<DomainName> domain, boolean changing, Supplier<T> body)
      throws RegistrarException {
    try {
      return registry.call(action, apiKey, body);
    } catch (RegistryError error) {
      throw failure(error);
    } catch (ConnectionLost lost) {
      if (lost.reachedRegistry
          && changing
          && !defects.contains(Defect.LOST_ANSWER_AS_UNAVAILABLE)) {
        throw new OutcomeUnknownException(
            action + (domain.isPresent() ? " of " + domain.get() : "") + ": the answer was lost",
            lost);
      }
      throw new UnavailableException(action + ": the registry could not be reached", lost);
    }
  }

  /** The one table from registry errors to the contract's failure kinds. */
  private RegistrarException failure(RegistryError error) {
    String code = error.code.number;
    return switch (error.code) {
      case LOGIN_REFUSED ->
          new AuthenticationFailedException(
              "the registry refused the login"
                  + (defects.contains(Defect.AUTH_FAILURE_NAMES_THE_KEY)
                      ? " with key " + apiKey
                      : ""),
              code);
      case NO_FUNDS -> new InsufficientFundsException("the balance does not cover it", code);
      case NOT_FOUND -> new NotFoundException(error.getMessage(), code);
      case NO_LOCK -> new NotSupportedException("the registry has no lock for this TLD", code);
      case FIELDS ->
          new InvalidInputException(
              error.fields.stream()
                  .map(f -> new FieldError(f, "is missing or malformed"))
                  .toList());
      case TAKEN ->
          new RejectedException(
              "The domain is already taken.",
              error.getMessage(),
              defects.contains(Defect.REJECTS_WITHOUT_REGISTRAR_CODE) ? null : code);
      case PREMIUM ->
          new RejectedException(
              "This premium name needs its price accepted.", error.getMessage(), code);
      case INVALID_NAME ->
          new RejectedException("This name cannot be registered.", error.getMessage(), code);
      case TLD_UNSUPPORTED ->
          defects.contains(Defect.TLD_UNSUPPORTED_AS_UNAVAILABLE)
              ? new UnavailableException(error.getMessage(), code, null)
              : new NotSupportedException(error.getMessage(), code);
      case TRANSFER_REFUSED ->
          new RejectedException("The transfer was refused.", error.getMessage(), code);
      case RENEW_REFUSED ->
          new RejectedException("The renewal was refused.", error.getMessage(), code);
      case UPDATE_REFUSED ->
          new RejectedException("The change was refused.", error.getMessage(), code);
    };
  }

  private Capabilities capabilities() {
    return descriptor.capabilities();
  }

  private void offer(Capability capability) throws NotSupportedException {
    if (!capabilities().supports(capability)) {
      throw NotSupportedException.of(capability);
    }
  }

  private void offer(Capability capability, DomainName domain) throws NotSupportedException {
    offer(capability);
    if (!capabilities().supports(capability, domain.tld())) {
      throw NotSupportedException.of(capability, domain.tld());
    }
  }

  /** What the plugin checks before any call: a TLD it sells, and the TLD's fields. */
  private void checkOrder(DomainName domain, TldFieldValues fields) throws InvalidInputException {
    if (!FakeRegistry.sells(domain.tld())) {
      throw InvalidInputException.of("domain", "." + domain.tld() + " is not sold here");
    }
    if (defects.contains(Defect.CALLS_REGISTRAR_ON_INVALID_INPUT)) {
      return;
    }
    List<FieldError> errors = descriptor.requirementsFor(domain.tld()).validate(fields);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private static Map<ContactRole, Contact> details(Contacts contacts) throws InvalidInputException {
    Map<ContactRole, Contact> byRole = new EnumMap<>(ContactRole.class);
    for (Map.Entry<ContactRole, RoleContact> entry : contacts.byRole().entrySet()) {
      if (!(entry.getValue() instanceof RoleContact.Details details)) {
        throw InvalidInputException.of(
            "contacts." + entry.getKey().name().toLowerCase(Locale.ROOT),
            "contact handles are not supported here");
      }
      byRole.put(entry.getKey(), details.contact());
    }
    return byRole;
  }

  private static Optional<DomainName> about(DomainName domain) {
    return Optional.of(domain);
  }

  // ---- reading ----

  @Override
  public ConnectionReport testConnection() {
    try {
      BigDecimal balance = call("hello", Optional.empty(), false, Map.of(), registry::balance);
      return new ConnectionReport(
          true,
          true,
          Optional.of(Money.of(balance, Money.currency("EUR"))),
          Optional.empty(),
          "fake",
          false,
          Optional.of("hello, " + apiUser));
    } catch (AuthenticationFailedException e) {
      return ConnectionReport.rejectedCredentials("fake", false, e.getMessage());
    } catch (RegistrarException e) {
      return ConnectionReport.unreachable("fake", false, e.getMessage());
    }
  }

  @Override
  public DomainSnapshot getDomain(DomainName domain) throws RegistrarException {
    try {
      FakeRegistry.DomainView view =
          call(
              "info",
              about(domain),
              false,
              Map.of("domain", domain.ascii()),
              () -> registry.info(domain.ascii()));
      return snapshot(view);
    } catch (UnavailableException e) {
      if (defects.contains(Defect.OUTAGE_AS_NOT_FOUND)) {
        throw NotFoundException.domain(domain, null);
      }
      throw e;
    }
  }

  private Optional<DomainSnapshot> lookup(DomainName domain) throws RegistrarException {
    try {
      return Optional.of(getDomain(domain));
    } catch (NotFoundException absent) {
      return Optional.empty();
    }
  }

  private static DomainSnapshot snapshot(FakeRegistry.DomainView view) {
    DomainStatus status =
        switch (view.status()) {
          case "active" -> DomainStatus.ACTIVE;
          case "transfer-pending", "transfer-waiting" -> DomainStatus.TRANSFER_PENDING;
          case "transfer-failed" -> DomainStatus.TRANSFER_FAILED;
          default -> DomainStatus.UNKNOWN;
        };
    DomainSnapshot.Builder builder =
        DomainSnapshot.builder(
                DomainName.of(label(view.name()), tld(view.name())), status, view.status())
            .registrarDomainId(view.id())
            .expires(view.expires())
            .privacy(view.privacy())
            .renewalMode(view.renewalMode())
            .nameservers(
                new NameserverState(
                    view.nameservers().isEmpty(),
                    view.nameservers().stream().map(HostName::of).toList()))
            .contacts(contacts(view.contacts()));
    view.created().ifPresent(builder::created);
    view.lock().ifPresent(builder::transferLock);
    return builder.build();
  }

  private static String label(String name) {
    return name.substring(0, name.indexOf('.'));
  }

  private static String tld(String name) {
    return name.substring(name.indexOf('.') + 1);
  }

  private static DomainContacts contacts(Map<ContactRole, Contact> stored) {
    Map<ContactRole, ContactRecord> records = new EnumMap<>(ContactRole.class);
    stored.forEach(
        (role, contact) ->
            records.put(
                role,
                ContactRecord.builder(contact.type())
                    .name(contact.firstName(), contact.lastName())
                    .organisationName(contact.organisationName().orElse(""))
                    .identityNumber(contact.identityNumber().orElse(""))
                    .email(contact.email().value())
                    .phone(
                        "+"
                            + contact.phone().countryCode()
                            + "."
                            + contact.phone().nationalNumber())
                    .address(
                        contact.address().line1(),
                        contact.address().line2().orElse(""),
                        contact.address().city(),
                        contact.address().state().orElse(""),
                        contact.address().postalCode().orElse(""),
                        contact.address().country().alpha2())
                    .build()));
    return new DomainContacts(records);
  }

  @Override
  public List<AvailabilityResult> checkAvailability(List<DomainName> names)
      throws RegistrarException {
    offer(Capability.AVAILABILITY);
    List<AvailabilityResult> results = new ArrayList<>();
    for (DomainName name : new LinkedHashSet<>(names)) {
      if (!FakeRegistry.sells(name.tld())) {
        results.add(AvailabilityResult.of(name, Availability.TLD_UNSUPPORTED));
        continue;
      }
      try {
        Availability availability =
            call(
                "check",
                about(name),
                false,
                Map.of("domain", name.ascii()),
                () -> registry.check(name.ascii()));
        Optional<Money> premium =
            registry.premiumPrice(name.ascii()).map(p -> Money.of(p, Money.currency("EUR")));
        results.add(
            new AvailabilityResult(
                name,
                availability,
                premium.isPresent() && availability == Availability.AVAILABLE,
                availability == Availability.AVAILABLE ? premium : Optional.empty(),
                Optional.empty()));
      } catch (AuthenticationFailedException refused) {
        throw refused;
      } catch (RegistrarException unreachable) {
        results.add(AvailabilityResult.of(name, Availability.UNREACHABLE));
      }
    }
    return results;
  }

  @Override
  public TransferEligibility checkTransferEligibility(DomainName domain) throws RegistrarException {
    offer(Capability.TRANSFER_ELIGIBILITY, domain);
    List<String> obstacles =
        call(
            "checkTransfer",
            about(domain),
            false,
            Map.of("domain", domain.ascii()),
            () -> registry.transferObstacles(domain.ascii()));
    return new TransferEligibility(domain, obstacles.isEmpty(), obstacles, Optional.empty());
  }

  // ---- charged operations ----

  @Override
  public ProvisioningResult register(RegisterRequest request) throws RegistrarException {
    DomainName domain = request.domain();
    offer(Capability.REGISTER, domain);
    checkOrder(domain, request.tldFields());
    Map<ContactRole, Contact> contacts = details(request.contacts());
    if (!defects.contains(Defect.CREATES_TWICE_AFTER_OUTCOME_UNKNOWN)) {
      // A create whose answer was lost may have happened: look before sending another.
      Optional<DomainSnapshot> existing = lookup(domain);
      if (existing.isPresent()) {
        if (sameOwner(existing.get(), contacts.get(ContactRole.OWNER))) {
          return new ProvisioningResult(existing.get(), Optional.empty(), Optional.empty());
        }
        throw new RejectedException(
            "The domain is already taken.",
            domain + " is in the account for another owner",
            "2010");
      }
    }
    Optional<BigDecimal> premiumConsent =
        capabilities().supports(Capability.PREMIUM_REGISTRATION)
            ? request.acceptedPremiumPrice().map(Money::amount)
            : Optional.empty();
    List<String> nameservers = request.nameservers().hosts().stream().map(HostName::ascii).toList();
    FakeRegistry.DomainView view =
        call(
            "create",
            about(domain),
            true,
            Map.of("domain", domain.ascii(), "period", String.valueOf(request.period().years())),
            () ->
                registry.create(
                    domain.ascii(),
                    request.period().years(),
                    contacts,
                    nameservers,
                    request.privacy(),
                    request.renewalMode(),
                    request.tldFields(),
                    premiumConsent));
    return new ProvisioningResult(snapshot(view), Optional.empty(), Optional.of(view.id()));
  }

  private static boolean sameOwner(DomainSnapshot snapshot, Contact owner) {
    return snapshot
        .contacts()
        .owner()
        .map(record -> record.email().equalsIgnoreCase(owner.email().value()))
        .orElse(false);
  }

  @Override
  public ProvisioningResult transfer(TransferRequest request) throws RegistrarException {
    DomainName domain = request.domain();
    offer(Capability.TRANSFER, domain);
    checkOrder(domain, request.tldFields());
    Map<ContactRole, Contact> contacts = details(request.contacts());
    Optional<DomainSnapshot> existing = lookup(domain);
    if (existing.isPresent()) {
      DomainStatus status = existing.get().status();
      if ((status == DomainStatus.TRANSFER_PENDING || status.isRegistered())
          && sameOwner(existing.get(), contacts.get(ContactRole.OWNER))) {
        return new ProvisioningResult(existing.get(), Optional.empty(), Optional.empty());
      }
    }
    String code = request.authCode().map(AuthCode::value).orElse("");
    FakeRegistry.DomainView view =
        call(
            "transfer",
            about(domain),
            true,
            Map.of("domain", domain.ascii(), "authcode", code),
            () -> registry.transfer(domain.ascii(), code, contacts));
    return new ProvisioningResult(snapshot(view), Optional.empty(), Optional.of(view.id()));
  }

  @Override
  public TransferState transferStatus(DomainName domain) throws RegistrarException {
    offer(Capability.TRANSFER, domain);
    String status =
        call(
            "transferStatus",
            about(domain),
            false,
            Map.of("domain", domain.ascii()),
            () -> registry.transferStatus(domain.ascii()));
    return new TransferState(domain, progress(status), status, Optional.empty());
  }

  private static TransferProgress progress(String status) {
    return switch (status) {
      case "active" -> TransferProgress.COMPLETED;
      case "transfer-failed" -> TransferProgress.FAILED;
      default -> TransferProgress.PENDING;
    };
  }

  @Override
  public TransferState restartTransfer(RestartTransferRequest request) throws RegistrarException {
    DomainName domain = request.domain();
    offer(Capability.TRANSFER_RESTART, domain);
    Optional<String> code = request.authCode().map(AuthCode::value);
    String status =
        call(
            "restartTransfer",
            about(domain),
            true,
            Map.of("domain", domain.ascii(), "authcode", code.orElse("")),
            () -> registry.restartTransfer(domain.ascii(), code));
    return new TransferState(domain, progress(status), status, Optional.empty());
  }

  @Override
  public ProvisioningResult renew(RenewRequest request) throws RegistrarException {
    DomainName domain = request.domain();
    offer(Capability.RENEW, domain);
    DomainSnapshot current = getDomain(domain);
    LocalDate expiry =
        current.expires().orElseThrow(() -> new UnavailableException("no expiry reported", null));
    LocalDate guard = request.currentExpiry();
    if (defects.contains(Defect.IGNORES_EXPIRY_GUARD)) {
      guard = expiry;
    } else if (expiry.equals(request.period().addTo(request.currentExpiry()))) {
      // This very renewal already happened (its answer may have been lost): done, charge nothing.
      return new ProvisioningResult(current, Optional.empty(), Optional.empty());
    } else if (!expiry.equals(request.currentExpiry())) {
      throw new RejectedException(
          "The renewal was refused.",
          "the caller's expiry " + request.currentExpiry() + " is not the registrar's " + expiry,
          null);
    }
    LocalDate sentGuard = guard;
    FakeRegistry.DomainView view =
        call(
            "renew",
            about(domain),
            true,
            Map.of("domain", domain.ascii(), "curExpDate", sentGuard.toString()),
            () -> registry.renew(domain.ascii(), request.period().years(), sentGuard));
    return new ProvisioningResult(snapshot(view), Optional.empty(), Optional.empty());
  }

  // ---- domain data ----

  @Override
  public DomainContacts getContacts(DomainName domain) throws RegistrarException {
    offer(Capability.CONTACTS, domain);
    return getDomain(domain).contacts();
  }

  @Override
  public void setContacts(DomainName domain, Contacts contacts) throws RegistrarException {
    offer(Capability.CONTACTS, domain);
    Map<ContactRole, Contact> byRole = details(contacts);
    call(
        "updateContacts",
        about(domain),
        true,
        Map.of("domain", domain.ascii()),
        () -> {
          registry.updateContacts(domain.ascii(), byRole);
          return null;
        });
  }

  @Override
  public NameserverState getNameservers(DomainName domain) throws RegistrarException {
    offer(Capability.NAMESERVERS, domain);
    return getDomain(domain).nameservers().orElseThrow();
  }

  @Override
  public void setNameservers(DomainName domain, Nameservers nameservers) throws RegistrarException {
    offer(Capability.NAMESERVERS, domain);
    List<String> hosts = nameservers.hosts().stream().map(HostName::ascii).toList();
    call(
        "updateNameservers",
        about(domain),
        true,
        Map.of("domain", domain.ascii()),
        () -> {
          registry.updateNameservers(domain.ascii(), hosts);
          return null;
        });
  }

  @Override
  public List<GlueRecord> listGlueRecords(DomainName domain) throws RegistrarException {
    offer(Capability.GLUE_RECORDS, domain);
    List<FakeRegistry.Glue> stored =
        call(
            "glueList",
            about(domain),
            false,
            Map.of("domain", domain.ascii()),
            () -> registry.glue(domain.ascii()));
    return stored.stream().map(g -> GlueRecord.of(domain, g.host(), g.ipv4(), g.ipv6())).toList();
  }

  private static FakeRegistry.Glue stored(GlueRecord glue) {
    return new FakeRegistry.Glue(
        glue.host().ascii(), glue.ipv4Text().orElse(null), glue.ipv6Text().orElse(null));
  }

  @Override
  public void createGlueRecord(GlueRecord glue) throws RegistrarException {
    offer(Capability.GLUE_RECORDS, glue.domain());
    call(
        "glueCreate",
        about(glue.domain()),
        true,
        Map.of("host", glue.host().ascii()),
        () -> {
          registry.createGlue(glue.domain().ascii(), stored(glue));
          return null;
        });
  }

  @Override
  public void updateGlueRecord(GlueRecord glue) throws RegistrarException {
    offer(Capability.GLUE_RECORDS, glue.domain());
    call(
        "glueUpdate",
        about(glue.domain()),
        true,
        Map.of("host", glue.host().ascii()),
        () -> {
          registry.updateGlue(glue.domain().ascii(), stored(glue));
          return null;
        });
  }

  @Override
  public void deleteGlueRecord(DomainName domain, HostName host) throws RegistrarException {
    offer(Capability.GLUE_RECORDS, domain);
    call(
        "glueDelete",
        about(domain),
        true,
        Map.of("host", host.ascii()),
        () -> {
          registry.deleteGlue(domain.ascii(), host.ascii());
          return null;
        });
  }

  @Override
  public boolean getLock(DomainName domain) throws RegistrarException {
    offer(Capability.LOCK, domain);
    return getDomain(domain)
        .transferLock()
        .orElseThrow(() -> NotSupportedException.of(Capability.LOCK, domain.tld()));
  }

  @Override
  public void setLock(DomainName domain, boolean locked) throws RegistrarException {
    offer(Capability.LOCK, domain);
    call(
        "updateLock",
        about(domain),
        true,
        Map.of("domain", domain.ascii(), "locked", String.valueOf(locked)),
        () -> {
          registry.updateLock(domain.ascii(), locked);
          return null;
        });
  }

  @Override
  public AuthCode getAuthCode(DomainName domain) throws RegistrarException {
    offer(Capability.AUTH_CODE, domain);
    String code =
        call(
            "authCode",
            about(domain),
            false,
            Map.of("domain", domain.ascii()),
            () -> registry.authCode(domain.ascii()));
    if (defects.contains(Defect.LOGS_AUTH_CODE)) {
      context.logger().log(System.Logger.Level.INFO, "auth code of " + domain + ": " + code);
    }
    return AuthCode.of(code);
  }

  @Override
  public void setPrivacy(DomainName domain, boolean enabled) throws RegistrarException {
    offer(Capability.PRIVACY, domain);
    call(
        "updatePrivacy",
        about(domain),
        true,
        Map.of("domain", domain.ascii()),
        () -> {
          registry.updatePrivacy(domain.ascii(), enabled);
          return null;
        });
  }

  @Override
  public void setRenewalMode(DomainName domain, RenewalMode mode) throws RegistrarException {
    offer(Capability.RENEWAL_MODE, domain);
    call(
        "updateRenewalMode",
        about(domain),
        true,
        Map.of("domain", domain.ascii(), "mode", mode.name()),
        () -> {
          registry.updateRenewalMode(domain.ascii(), mode);
          return null;
        });
  }

  private void offerDnssec(DomainName domain) throws NotSupportedException {
    offer(Capability.DNSSEC, domain);
    if (defects.contains(Defect.DECLARES_DNSSEC_WITHOUT_IMPLEMENTING_IT)) {
      throw NotSupportedException.of(Capability.DNSSEC);
    }
  }

  @Override
  public List<DsRecord> listDsRecords(DomainName domain) throws RegistrarException {
    offerDnssec(domain);
    return call(
        "dsList",
        about(domain),
        false,
        Map.of("domain", domain.ascii()),
        () -> registry.dsRecords(domain.ascii()));
  }

  @Override
  public void addDsRecord(DomainName domain, DsRecord record) throws RegistrarException {
    offerDnssec(domain);
    call(
        "dsAdd",
        about(domain),
        true,
        Map.of("domain", domain.ascii()),
        () -> {
          registry.addDs(domain.ascii(), record);
          return null;
        });
  }

  @Override
  public void removeDsRecord(DomainName domain, DsRecord record) throws RegistrarException {
    offerDnssec(domain);
    call(
        "dsRemove",
        about(domain),
        true,
        Map.of("domain", domain.ascii()),
        () -> {
          registry.removeDs(domain.ascii(), record);
          return null;
        });
  }

  // ---- the account ----

  @Override
  public DomainPage listDomains(DomainListRequest request) throws RegistrarException {
    offer(Capability.LIST_DOMAINS);
    int offset = request.cursor().map(FakeRegistrar::offset).orElse(0);
    if (offset < 0) {
      throw InvalidInputException.of("cursor", "was not issued by this plugin");
    }
    int size = request.pageSize();
    Map.Entry<List<FakeRegistry.DomainView>, Integer> page =
        call(
            "list",
            Optional.empty(),
            false,
            Map.of("offset", String.valueOf(offset), "limit", String.valueOf(size)),
            () -> registry.list(offset, size));
    List<DomainSnapshot> domains = new ArrayList<>();
    for (FakeRegistry.DomainView view : page.getKey()) {
      domains.add(snapshot(view));
    }
    int step = size;
    if (defects.contains(Defect.PAGES_SKIP_DOMAINS)) {
      step = size + 1;
    } else if (defects.contains(Defect.PAGES_REPEAT_DOMAINS)) {
      step = Math.max(1, size - 1);
    }
    int next = defects.contains(Defect.PAGES_NEVER_END) ? 0 : offset + step;
    Optional<ListCursor> cursor =
        next < page.getValue()
            ? Optional.of(ListCursor.of(CURSOR_PREFIX + next))
            : Optional.empty();
    return new DomainPage(domains, cursor, OptionalLong.of(page.getValue()));
  }

  private static int offset(ListCursor cursor) {
    String token = cursor.token();
    if (!token.startsWith(CURSOR_PREFIX)) {
      return -1;
    }
    try {
      return Integer.parseInt(token.substring(CURSOR_PREFIX.length()));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  @Override
  public List<TldPricing> tldPricing() throws RegistrarException {
    if (!defects.contains(Defect.IMPLEMENTS_UNDECLARED_TLD_PRICES)) {
      offer(Capability.TLD_PRICES);
    }
    call("prices", Optional.empty(), false, Map.of(), () -> null);
    Money yearly = Money.of(FakeRegistry.YEARLY_PRICE, Money.currency("EUR"));
    OperationPrice price =
        new OperationPrice(yearly, Set.of(Period.ofYears(1), Period.ofYears(2)), false);
    return FakeRegistry.SOLD_TLDS.stream()
        .sorted()
        .map(
            t ->
                new TldPricing(
                    Tld.of(t), Optional.of(price), Optional.of(price), Optional.of(price), true))
        .toList();
  }
}
