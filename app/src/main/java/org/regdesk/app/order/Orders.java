package org.regdesk.app.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regdesk.app.ConflictException;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.catalog.CheckedFieldValues;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.catalog.TldProduct;
import org.regdesk.app.catalog.TldProducts;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.domain.Domain;
import org.regdesk.app.domain.DomainState;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.domain.NewDomain;
import org.regdesk.app.job.Job;
import org.regdesk.app.job.JobAttemptRecord;
import org.regdesk.app.job.JobOptions;
import org.regdesk.app.job.JobType;
import org.regdesk.app.job.Jobs;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.security.SecretBox;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.AvailabilityResult;
import org.regdesk.registrar.spi.operation.TransferEligibility;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.Nameservers;
import org.regdesk.registrar.spi.value.Period;
import org.regdesk.registrar.spi.value.SuffixList;
import org.regdesk.registrar.spi.value.Tld;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders: place one (every rule checked before anything is stored, the registrar asked for fresh
 * availability or transfer eligibility, then the order, its domain record and its job written in
 * one transaction), read them, and retry a failed one — from the order or from the domain's Plugin
 * actions › Register, which re-runs the same job, so nothing is ever sent twice.
 */
@Service
public class Orders {

  private final OrderRepository orders;
  private final TldProducts products;
  private final Customers customers;
  private final CustomFields customFields;
  private final Domains domains;
  private final Registrars registrars;
  private final OrderRequests requests;
  private final Jobs jobs;
  private final Map<OrderType, JobType<OrderJob>> jobTypes;
  private final SecretBox secrets;
  private final SuffixList suffixes;
  private final TransactionTemplate transaction;
  private final Clock clock;

  Orders(
      OrderRepository orders,
      TldProducts products,
      Customers customers,
      CustomFields customFields,
      Domains domains,
      Registrars registrars,
      OrderRequests requests,
      Jobs jobs,
      RegisterOrderJob register,
      TransferOrderJob transfer,
      RenewOrderJob renew,
      SecretBox secrets,
      SuffixList suffixes,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.orders = orders;
    this.products = products;
    this.customers = customers;
    this.customFields = customFields;
    this.domains = domains;
    this.registrars = registrars;
    this.requests = requests;
    this.jobs = jobs;
    this.jobTypes =
        Map.of(OrderType.REGISTER, register, OrderType.TRANSFER, transfer, OrderType.RENEW, renew);
    this.secrets = secrets;
    this.suffixes = suffixes;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** What validation found out, for the writes. */
  private record Checked(
      OrderType type,
      DomainName name,
      TldProduct product,
      String plugin,
      Customer customer,
      int years,
      BigDecimal price,
      BigDecimal premium,
      AuthCode authCode,
      List<String> nameservers,
      CheckedFieldValues fields,
      Domain existing) {}

  /**
   * Places an order: validates everything (naming each bad field), asks the registrar for fresh
   * availability (register) or transfer eligibility (transfer), then stores the order with the
   * customer's price, the domain record (pending registration or transfer) and the order's job, all
   * at once.
   *
   * @param command the order
   * @return the order, pending
   * @throws ValidationException naming every bad field; nothing is stored
   * @throws ConflictException when an open order for the same domain and operation exists
   */
  public Order place(OrderCommand command) {
    Checked checked = validate(command);
    try {
      return transaction.execute(s -> store(checked));
    } catch (DuplicateKeyException sameOrderMeanwhile) {
      throw conflict(checked.type(), checked.name());
    } catch (ValidationException sameDomainMeanwhile) {
      // another order created the domain record since validation: it is that order's
      if (orders.openExists(checked.type(), checked.name())) {
        throw conflict(checked.type(), checked.name());
      }
      throw sameDomainMeanwhile;
    }
  }

  private static ConflictException conflict(OrderType type, DomainName name) {
    return new ConflictException(
        "An open " + type.key() + " order for " + name.ascii() + " exists already");
  }

  private Checked validate(OrderCommand c) {
    FieldErrors errors = new FieldErrors();
    OrderType type = null;
    if (c.type() == null || c.type().isBlank()) {
      errors.add("type", "is required");
    } else {
      type = OrderType.parse(c.type()).orElse(null);
      errors.check("type", type != null, "must be register, transfer or renew");
    }
    DomainName name = null;
    if (c.domain() == null || c.domain().isBlank()) {
      errors.add("domain", "is required");
    } else {
      name = errors.parse("domain", () -> DomainName.parse(c.domain(), suffixes));
    }
    if (type != null && name != null && orders.openExists(type, name)) {
      throw conflict(type, name);
    }

    TldProduct product = null;
    String plugin = null;
    if (name != null) {
      product = products.find(name.tld()).orElse(null);
      if (product == null) {
        errors.add("domain", "." + name.tld().unicode() + " is not sold: it has no TLD product");
      } else if (product.manual()) {
        errors.add(
            "domain",
            "."
                + name.tld().unicode()
                + " has no registrar plugin assigned; it is registered by hand");
        product = null;
      } else {
        plugin = product.registrarPlugin().get();
        if (registrars.findPlugin(plugin).isEmpty()) {
          errors.add(
              "domain",
              "the registrar plugin '"
                  + plugin
                  + "' of ."
                  + name.tld().unicode()
                  + " is not installed");
          product = null;
        }
      }
    }

    Domain existing = name == null ? null : domains.find(name).orElse(null);
    if (type == OrderType.RENEW && name != null) {
      if (existing == null) {
        errors.add("domain", "is not in the desk; only domains the desk holds can be renewed");
      } else if (!existing.state().isHeld()) {
        errors.add(
            "domain",
            "is "
                + existing.state().label().toLowerCase(java.util.Locale.ROOT)
                + " and cannot be renewed");
      } else if (existing.expiresOn().isEmpty()) {
        errors.add("domain", "has no known expiry; sync it before renewing");
      }
    } else if (type != null && existing != null) {
      DomainState pending =
          type == OrderType.REGISTER
              ? DomainState.PENDING_REGISTRATION
              : DomainState.PENDING_TRANSFER;
      if (!existing.state().canBecome(pending)) {
        errors.add(
            "domain",
            "is already in the desk ("
                + existing.state().label().toLowerCase(java.util.Locale.ROOT)
                + ")");
      }
    }

    Customer customer = null;
    if (c.customerId() == null) {
      if (type == OrderType.RENEW && existing != null) {
        customer = customers.get(existing.customerId());
      } else {
        errors.add("customerId", "is required");
      }
    } else {
      try {
        customer = customers.get(c.customerId());
      } catch (NotFoundException e) {
        errors.add("customerId", "no customer has the id " + c.customerId());
      }
      if (customer != null && existing != null && existing.customerId() != customer.id()) {
        errors.add("customerId", "the domain belongs to another customer");
      }
    }

    int years = 1;
    if (c.years() == null) {
      errors.check("years", type == OrderType.TRANSFER || type == null, "is required");
    } else if (c.years() < Period.MIN_YEARS || c.years() > Period.MAX_YEARS) {
      errors.add("years", "must be from 1 to 10");
    } else {
      years = c.years();
    }
    BigDecimal price = null;
    if (type != null && product != null && !errors.any()) {
      price = product.prices().price(type.operation(), years).orElse(null);
      if (price == null) {
        errors.add(
            "years",
            "."
                + name.tld().unicode()
                + " has no "
                + type.key()
                + " price for "
                + Period.ofYears(years)
                + "; offered: "
                + offered(product, type));
      }
    }

    AuthCode authCode = null;
    if (type == OrderType.TRANSFER) {
      if (c.authCode() == null || c.authCode().isBlank()) {
        errors.add("authCode", "is required for a transfer");
      } else {
        authCode = errors.parse("authCode", () -> AuthCode.of(c.authCode()));
      }
    }

    List<String> nameservers = List.of();
    if (c.nameservers() != null
        && c.nameservers().stream().anyMatch(h -> h != null && !h.isBlank())) {
      List<String> given =
          c.nameservers().stream()
              .filter(h -> h != null && !h.isBlank())
              .map(String::strip)
              .toList();
      Nameservers parsed =
          errors.parse("nameservers", () -> Nameservers.of(given.toArray(String[]::new)));
      if (parsed != null) {
        nameservers = parsed.hosts().stream().map(h -> h.ascii()).toList();
      }
    }

    BigDecimal premium = null;
    if (c.acceptPremiumPrice() != null && !c.acceptPremiumPrice().isBlank()) {
      try {
        premium = new BigDecimal(c.acceptPremiumPrice().strip());
        errors.check("acceptPremiumPrice", premium.signum() > 0, "must be more than 0");
      } catch (NumberFormatException e) {
        errors.add("acceptPremiumPrice", "must be a decimal number such as 499.00");
      }
    }

    CheckedFieldValues fields = CheckedFieldValues.NONE;
    if (type != OrderType.RENEW && product != null) {
      fields = checkFields(product, plugin, name, c.fields(), errors);
    }
    if (type != null && type != OrderType.RENEW && product != null && customer != null) {
      Map<CustomerField, String> linked = customers.linkedFieldValues(customer.id());
      for (CustomerField needed : registrars.requirements(plugin, name.tld()).customerFields()) {
        errors.check(
            "customer." + needed.key(),
            linked.containsKey(needed),
            "the customer has no value for it, which ."
                + name.tld().unicode()
                + " requires; add it to the customer first");
      }
      Customer contact = customer;
      errors.parse("customer", () -> requests.contacts(contact));
    }

    if (!errors.any() && type == OrderType.REGISTER) {
      premium = checkAvailability(plugin, name, premium, errors);
      if (premium != null && !errors.any()) {
        // a premium name is charged its yearly premium price for every year, as registrars do
        price = premium.multiply(BigDecimal.valueOf(years));
      }
    } else if (!errors.any() && type == OrderType.TRANSFER) {
      checkTransfer(plugin, name, errors);
    }
    errors.throwIfAny();
    return new Checked(
        type,
        name,
        product,
        plugin,
        customer,
        years,
        price,
        premium,
        authCode,
        nameservers,
        fields,
        existing);
  }

  /**
   * The domain custom fields of the TLD's product group, except that a field the plugin declares
   * for other TLDs only (.aero's Aero ID in a group that also sells .com) is not required here.
   */
  private CheckedFieldValues checkFields(
      TldProduct product,
      String plugin,
      DomainName name,
      Map<String, String> values,
      FieldErrors errors) {
    Set<String> otherTlds = keysOfOtherTlds(plugin, name.tld());
    FieldErrors own = new FieldErrors();
    CheckedFieldValues checked =
        customFields.checkDomainValues(product.groupId(), values, "fields.", own);
    try {
      own.throwIfAny();
    } catch (ValidationException problems) {
      for (FieldError problem : problems.errors()) {
        String key = problem.field().substring("fields.".length());
        boolean foreign = otherTlds.contains(key) && problem.message().equals("is required");
        if (!foreign) {
          errors.add(problem.field(), problem.message());
        }
      }
    }
    return checked;
  }

  private Set<String> keysOfOtherTlds(String plugin, Tld tld) {
    Set<String> keys = new HashSet<>();
    registrars
        .plugin(plugin)
        .descriptor()
        .tldRequirements()
        .forEach(
            (other, requirements) -> {
              if (!other.equals(tld)) {
                requirements.domainFields().forEach(f -> keys.add(f.key()));
              }
            });
    registrars.requirements(plugin, tld).domainFields().forEach(f -> keys.remove(f.key()));
    return keys;
  }

  private static String offered(TldProduct product, OrderType type) {
    Set<Integer> periods = product.prices().of(type.operation()).keySet();
    return periods.isEmpty()
        ? "none"
        : String.join(", ", periods.stream().map(y -> Period.ofYears(y).toString()).toList());
  }

  /** Fresh availability and the premium policy; the accepted premium price, or null. */
  private BigDecimal checkAvailability(
      String plugin, DomainName name, BigDecimal accepted, FieldErrors errors) {
    AvailabilityResult result;
    try {
      Registrar registrar = registrars.registrar(plugin);
      result = registrar.checkAvailability(List.of(name)).get(0);
    } catch (RegistrarException e) {
      errors.add("domain", "its availability could not be checked: " + e.customerMessage());
      return null;
    } catch (ConflictException e) {
      errors.add("domain", "its availability could not be checked: " + e.getMessage());
      return null;
    }
    switch (result.availability()) {
      case AVAILABLE -> {}
      case REGISTERED -> errors.add("domain", "is already registered");
      case TLD_UNSUPPORTED ->
          errors.add("domain", "the registrar does not sell ." + name.tld().unicode());
      case INVALID ->
          errors.add(
              "domain",
              "the registrar says it is not valid" + result.detail().map(d -> ": " + d).orElse(""));
      case UNREACHABLE -> errors.add("domain", "its availability could not be checked; try again");
    }
    if (errors.any()) {
      return null;
    }
    if (!result.premium()) {
      errors.check(
          "acceptPremiumPrice",
          accepted == null,
          "is only for premium names; " + name.ascii() + " is not one");
      return null;
    }
    String shown =
        result.price().map(Object::toString).orElse("a price the registrar did not give");
    if (!registrars.capabilities(plugin, name.tld()).contains(Capability.PREMIUM_REGISTRATION)) {
      errors.add("domain", "is a premium name (" + shown + "), which is not offered");
    } else if (accepted == null) {
      errors.add(
          "acceptPremiumPrice",
          name.ascii() + " is a premium name costing " + shown + "; accept that price to order it");
    } else if (result.price().isEmpty() || result.price().get().amount().compareTo(accepted) != 0) {
      errors.add(
          "acceptPremiumPrice",
          "does not match the premium price of " + name.ascii() + " (" + shown + ")");
    }
    return accepted;
  }

  private void checkTransfer(String plugin, DomainName name, FieldErrors errors) {
    try {
      TransferEligibility eligibility = registrars.registrar(plugin).checkTransferEligibility(name);
      if (!eligibility.eligible()) {
        errors.add(
            "domain",
            "cannot be transferred"
                + (eligibility.reasons().isEmpty()
                    ? ""
                    : ": " + String.join("; ", eligibility.reasons())));
      }
    } catch (RegistrarException e) {
      errors.add("domain", "its transfer eligibility could not be checked: " + e.customerMessage());
    } catch (ConflictException e) {
      errors.add("domain", "its transfer eligibility could not be checked: " + e.getMessage());
    }
  }

  private Order store(Checked c) {
    if (orders.openExists(c.type(), c.name())) {
      throw conflict(c.type(), c.name());
    }
    Domain domain;
    LocalDate guard = null;
    if (c.type() == OrderType.RENEW) {
      domain = c.existing();
      guard = domain.expiresOn().orElseThrow();
    } else {
      DomainState pending =
          c.type() == OrderType.REGISTER
              ? DomainState.PENDING_REGISTRATION
              : DomainState.PENDING_TRANSFER;
      Optional<Domain> now = domains.find(c.name());
      if (now.isPresent()) {
        domain = domains.transition(now.get().id(), pending);
      } else {
        domain =
            domains.create(
                NewDomain.ordered(c.name(), c.customer().id(), c.plugin(), pending, c.fields()));
      }
    }
    String base = c.type().key() + ":" + c.name().ascii() + (guard == null ? "" : ":" + guard);
    String jobKey = base;
    for (int n = 2; orders.jobKeyUsed(c.type(), jobKey); n++) {
      // an earlier order of this domain ended; this one is new work with its own job
      jobKey = base + "#" + n;
    }
    long id =
        orders.insert(
            new OrderRepository.NewOrder(
                c.type(),
                domain.id(),
                c.name(),
                domain.customerId(),
                c.plugin(),
                c.years(),
                c.price(),
                c.product().currency().getCurrencyCode(),
                c.premium(),
                c.authCode() == null ? null : secrets.seal(c.authCode().value()),
                c.nameservers(),
                guard,
                jobKey,
                clock.instant()));
    jobs.enqueue(
        jobTypes.get(c.type()), jobKey, new OrderJob(id), JobOptions.forPlugin(c.plugin()));
    return get(id);
  }

  /**
   * One order.
   *
   * @param id its number
   * @return the order
   * @throws NotFoundException when there is none
   */
  @Transactional(readOnly = true)
  public Order get(long id) {
    return orders.find(id).orElseThrow(() -> new NotFoundException("No order " + id));
  }

  /**
   * Orders, newest first.
   *
   * @param status only this status, or null
   * @param type only this type, or null
   * @param domain only this domain as typed, or null/blank
   * @param page the page
   * @return the page
   * @throws ValidationException when the domain filter is not a domain name
   */
  @Transactional(readOnly = true)
  public Page<Order> list(OrderStatus status, OrderType type, String domain, PageRequest page) {
    DomainName name = null;
    if (domain != null && !domain.isBlank()) {
      try {
        name = DomainName.parse(domain, suffixes);
      } catch (InvalidValueException e) {
        throw ValidationException.of("domain", "is not a domain name");
      }
    }
    return new Page<>(
        orders.page(status, type, name, page), page, orders.count(status, type, name));
  }

  /**
   * A domain's orders, newest first.
   *
   * @param domainId the domain
   * @return the orders
   */
  @Transactional(readOnly = true)
  public List<Order> ofDomain(long domainId) {
    return orders.ofDomain(domainId);
  }

  /**
   * A domain's latest register or transfer order, which Plugin actions › Register re-runs.
   *
   * @param domainId the domain
   * @return the order, if the domain has one
   */
  @Transactional(readOnly = true)
  public Optional<Order> latestRegistration(long domainId) {
    return orders.ofDomain(domainId).stream().filter(o -> o.type() != OrderType.RENEW).findFirst();
  }

  /**
   * The job carrying out an order.
   *
   * @param order the order
   * @return the job, if it exists
   */
  @Transactional(readOnly = true)
  public Optional<Job> job(Order order) {
    return jobs.find(order.type().key(), order.jobKey());
  }

  /**
   * The attempts of an order's job, first first.
   *
   * @param order the order
   * @return the attempts
   */
  @Transactional(readOnly = true)
  public List<JobAttemptRecord> attempts(Order order) {
    return job(order).map(j -> jobs.attempts(j.id())).orElse(List.of());
  }

  /**
   * Retry: runs a failed order's job again, with its attempts kept (so after an unknown outcome it
   * still looks the domain up first).
   *
   * @param id the order
   * @return the order, pending
   * @throws NotFoundException when there is none
   * @throws ConflictException when it is not failed, or another order for the domain is open
   */
  @Transactional
  public Order retry(long id) {
    Order order = get(id);
    if (order.status() != OrderStatus.FAILED) {
      throw new ConflictException(
          "Order " + id + " is " + order.status().key() + "; only failed orders can be retried");
    }
    if (orders.openExists(order.type(), order.domain())) {
      throw conflict(order.type(), order.domain());
    }
    Domain domain = domains.get(order.domainId());
    if (order.type() == OrderType.REGISTER && domain.state() == DomainState.REGISTRATION_FAILED) {
      domains.transition(domain.id(), DomainState.PENDING_REGISTRATION);
    }
    if (order.type() == OrderType.TRANSFER && domain.state() == DomainState.TRANSFER_FAILED) {
      domains.transition(domain.id(), DomainState.PENDING_TRANSFER);
    }
    orders.updateStatus(id, OrderStatus.PENDING, "Retried", clock.instant());
    Optional<Job> job = job(order);
    if (job.isPresent()) {
      jobs.retryNow(job.get().id());
    } else {
      jobs.enqueue(
          jobTypes.get(order.type()),
          order.jobKey(),
          new OrderJob(id),
          JobOptions.forPlugin(order.plugin()));
    }
    return get(id);
  }

  /**
   * Plugin actions › Register on an unregistered domain: re-runs the registration or transfer its
   * latest such order asked for. A failed order is retried; an open one whose job waits for its
   * next try runs now; an order already running is left alone. The same job is used every time, so
   * the registrar never gets a second create or transfer.
   *
   * @param domainId the domain
   * @return the order
   * @throws NotFoundException when the domain does not exist
   * @throws ConflictException when the domain is registered, or has no register or transfer order
   */
  @Transactional
  public Order registerAgain(long domainId) {
    Domain domain = domains.get(domainId);
    if (domain.state().isHeld()) {
      throw new ConflictException(
          domain.name().ascii()
              + " is "
              + domain.state().label().toLowerCase(java.util.Locale.ROOT)
              + " at the registrar already");
    }
    Order order =
        latestRegistration(domainId)
            .orElseThrow(
                () ->
                    new ConflictException(
                        domain.name().ascii() + " has no register or transfer order to run"));
    if (order.status() == OrderStatus.FAILED) {
      return retry(order.id());
    }
    if (order.status() == OrderStatus.DONE) {
      throw new ConflictException("Order " + order.id() + " is done already");
    }
    Optional<Job> job = job(order);
    if (job.isPresent() && job.get().state().isRetryable()) {
      jobs.retryNow(job.get().id());
    }
    return get(order.id());
  }

  /**
   * The TLD product's domain custom fields for a domain name as typed, for the order form.
   *
   * @param domain the domain as typed
   * @return the fields, or empty when the name or its TLD product is unknown
   */
  @Transactional(readOnly = true)
  public List<CustomFieldDefinition> domainFieldsFor(String domain) {
    try {
      DomainName name = DomainName.parse(domain, suffixes);
      TldProduct product = products.find(name.tld()).orElse(null);
      if (product == null) {
        return List.of();
      }
      Set<String> otherTlds =
          product.manual() || registrars.findPlugin(product.registrarPlugin().get()).isEmpty()
              ? Set.of()
              : keysOfOtherTlds(product.registrarPlugin().get(), name.tld());
      return customFields.domainFieldsOf(product.groupId()).stream()
          .filter(f -> !otherTlds.contains(f.key()))
          .toList();
    } catch (InvalidValueException | NullPointerException e) {
      return new ArrayList<>();
    }
  }
}
