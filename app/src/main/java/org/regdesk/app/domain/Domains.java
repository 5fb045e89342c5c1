package org.regdesk.app.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.regdesk.app.ConflictException;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.catalog.CheckedFieldValues;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.registrar.spi.descriptor.FieldDefinition;
import org.regdesk.registrar.spi.descriptor.FieldType;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.SuffixList;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's domain records: create (for orders and the importer), read, the registrar's view
 * applied from a {@link DomainSnapshot} (sync and import), life-cycle steps and the paged list.
 */
@Service
public class Domains {

  private final DomainRepository domains;
  private final Customers customers;
  private final CustomFields customFields;
  private final Registrars registrars;
  private final SuffixList suffixes;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param domains the domains' tables
   * @param customers the customers, whom domains belong to
   * @param customFields the domain custom field definitions
   * @param registrars the plugins, which say which custom fields are secret
   * @param suffixes the suffix list, to read names people type
   * @param clock the desk's clock
   */
  public Domains(
      DomainRepository domains,
      Customers customers,
      CustomFields customFields,
      Registrars registrars,
      SuffixList suffixes,
      Clock clock) {
    this.domains = domains;
    this.customers = customers;
    this.customFields = customFields;
    this.registrars = registrars;
    this.suffixes = suffixes;
    this.clock = clock;
  }

  /**
   * Creates a domain record, inside the caller's transaction if there is one (an order or an import
   * writes the domain with its other rows at once).
   *
   * @param command the domain
   * @return the domain
   * @throws ValidationException naming {@code name} (already in the desk), {@code customerId} (no
   *     such customer) or {@code plugin} (no such plugin); nothing is stored
   */
  @Transactional
  public Domain create(NewDomain command) {
    FieldErrors errors = new FieldErrors();
    errors.check(
        "name",
        domains.findByName(command.name()).isEmpty(),
        "'" + command.name().ascii() + "' is already in the desk");
    try {
      customers.get(command.customerId());
    } catch (NotFoundException e) {
      errors.add("customerId", "no customer has the id " + command.customerId());
    }
    errors.check(
        "plugin",
        command.plugin() != null && registrars.findPlugin(command.plugin()).isPresent(),
        "no registrar plugin is named '" + command.plugin() + "'");
    errors.throwIfAny();
    Instant now = clock.instant();
    Domain domain =
        new Domain(
            0,
            command.name(),
            command.customerId(),
            command.plugin(),
            Optional.empty(),
            command.state(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            command.autoRenew(),
            Map.of(),
            Map.of(),
            Optional.empty(),
            now,
            now);
    long id;
    try {
      id = domains.insert(domain);
    } catch (DuplicateKeyException sameNameMeanwhile) {
      throw ValidationException.of(
          "name", "'" + command.name().ascii() + "' is already in the desk");
    }
    domains.replaceValues(
        id,
        command.customFields().values().stream()
            .collect(
                Collectors.toMap(
                    v -> v.field().id(),
                    CheckedFieldValues.FieldValue::value,
                    (a, b) -> b,
                    LinkedHashMap::new)));
    Domain created = get(id);
    if (command.snapshot().isPresent()) {
      created = applySnapshot(created, command.snapshot().get(), now);
    }
    return created;
  }

  /**
   * One domain with its contacts and custom field values.
   *
   * @param id the domain's id
   * @return the domain
   * @throws NotFoundException when there is none
   */
  @Transactional(readOnly = true)
  public Domain get(long id) {
    return complete(
        domains
            .find(id)
            .orElseThrow(() -> new NotFoundException("domain " + id + " does not exist")));
  }

  /**
   * The domain with a name.
   *
   * @param name the domain
   * @return the domain with contacts and values, if the desk holds it
   */
  @Transactional(readOnly = true)
  public Optional<Domain> find(DomainName name) {
    return domains.findByName(name).map(this::complete);
  }

  /**
   * The domain with a name as typed (any case, Unicode or A-label, trailing dot allowed).
   *
   * @param name the name
   * @return the domain
   * @throws NotFoundException when the name is not a domain name or the desk does not hold it
   */
  @Transactional(readOnly = true)
  public Domain getByName(String name) {
    DomainName parsed;
    try {
      parsed = DomainName.parse(name, suffixes);
    } catch (InvalidValueException e) {
      throw new NotFoundException("no domain is named '" + shown(name) + "'");
    }
    return find(parsed)
        .orElseThrow(() -> new NotFoundException("no domain is named '" + parsed.ascii() + "'"));
  }

  private static String shown(String text) {
    String value = text == null ? "" : text.strip();
    return value.length() > 80 ? value.substring(0, 80) + "…" : value;
  }

  /**
   * Which of some names the desk already holds.
   *
   * @param names the names
   * @return those present
   */
  @Transactional(readOnly = true)
  public Set<DomainName> present(Collection<DomainName> names) {
    Set<String> found = domains.existingNames(names.stream().map(DomainName::ascii).toList());
    return names.stream().filter(n -> found.contains(n.ascii())).collect(Collectors.toSet());
  }

  /**
   * One page of the domains a query selects, and how many there are. A search matching more than
   * 2,500 domains is counted no further than {@value DomainRepository#COUNT_LIMIT} (or than the end
   * of the page): its total is then a lower bound ({@link Page#totalExact()} false).
   *
   * @param query the search, filters and order
   * @param page which page
   * @return the page with each domain's customer
   */
  @Transactional(readOnly = true)
  public Page<DomainListItem> list(DomainQuery query, PageRequest page) {
    return domains.page(query, page);
  }

  /**
   * Applies what the registrar reports: status (unless it is {@code UNKNOWN}), the registrar's
   * status text and id, dates, lock, privacy, renewal mode, name servers and the contacts of the
   * roles reported. Parts the snapshot leaves empty ("unknown") stay as they are.
   *
   * @param domain the domain as stored
   * @param snapshot the registrar's view of the same name
   * @param at when the registrar was read
   * @return the domain as changed
   * @throws IllegalArgumentException when the snapshot is of another name
   */
  @Transactional
  public Domain applySnapshot(Domain domain, DomainSnapshot snapshot, Instant at) {
    if (!snapshot.name().equals(domain.name())) {
      throw new IllegalArgumentException(
          "a snapshot of " + snapshot.name() + " cannot update " + domain.name());
    }
    Domain updated =
        new Domain(
            domain.id(),
            domain.name(),
            domain.customerId(),
            domain.plugin(),
            snapshot.registrarDomainId().or(domain::registrarDomainId),
            DomainState.of(snapshot.status()).orElse(domain.state()),
            Optional.of(snapshot.registrarStatus()),
            snapshot.created().or(domain::registeredOn),
            snapshot.expires().or(domain::expiresOn),
            snapshot.nameservers().map(DomainNameservers::of).or(domain::nameservers),
            snapshot.transferLock().or(domain::transferLock),
            snapshot.privacy().or(domain::privacy),
            snapshot.renewalMode().or(domain::renewalMode),
            domain.autoRenew(),
            domain.contacts(),
            domain.customFields(),
            Optional.of(at),
            domain.createdAt(),
            clock.instant());
    domains.update(updated);
    List<DomainContact> reported = new ArrayList<>();
    snapshot.contacts().byRole().forEach((role, c) -> reported.add(DomainContact.of(role, c)));
    domains.replaceContacts(domain.id(), reported);
    return get(domain.id());
  }

  /**
   * Moves a domain to another life-cycle state (an order's outcome, staff cancelling).
   *
   * @param id the domain's id
   * @param next the new state
   * @return the domain as changed
   * @throws NotFoundException when there is no such domain
   * @throws ConflictException when the life cycle has no such step from the current state
   */
  @Transactional
  public Domain transition(long id, DomainState next) {
    Domain domain = get(id);
    if (!domain.state().canBecome(next)) {
      throw new ConflictException(
          "domain "
              + domain.name().ascii()
              + " cannot go from "
              + domain.state().label()
              + " to "
              + next.label());
    }
    domains.updateState(id, next, clock.instant());
    return get(id);
  }

  /**
   * A domain's custom field values as pages and the API show them: by the fields' order, with
   * values of fields the domain's registrar plugin declares secret for its TLD masked.
   *
   * @param domain the domain
   * @return the values
   */
  @Transactional(readOnly = true)
  public List<ShownFieldValue> shownFieldValues(Domain domain) {
    if (domain.customFields().isEmpty()) {
      return List.of();
    }
    Set<String> secret = secretKeys(domain);
    List<ShownFieldValue> shown = new ArrayList<>();
    for (CustomFieldDefinition field : customFields.definitions(CustomFieldKind.DOMAIN)) {
      String value = domain.customFields().get(field.key());
      if (value != null) {
        boolean hidden = secret.contains(field.key());
        shown.add(
            new ShownFieldValue(
                field.key(),
                field.name(),
                hidden ? ShownFieldValue.MASK : field.display(value),
                hidden));
      }
    }
    return shown;
  }

  private Set<String> secretKeys(Domain domain) {
    try {
      return registrars.requirements(domain.plugin(), domain.name().tld()).domainFields().stream()
          .filter(f -> f.type() == FieldType.SECRET)
          .map(FieldDefinition::key)
          .collect(Collectors.toSet());
    } catch (NotFoundException pluginGone) {
      // without its plugin nobody can say which fields are secret: hide them all
      return domain.customFields().keySet();
    }
  }

  private Domain complete(Domain domain) {
    Map<Long, String> byId = domains.values(domain.id());
    Map<String, String> byKey = new LinkedHashMap<>();
    if (!byId.isEmpty()) {
      for (CustomFieldDefinition field : customFields.definitions(CustomFieldKind.DOMAIN)) {
        String value = byId.get(field.id());
        if (value != null) {
          byKey.put(field.key(), value);
        }
      }
    }
    Map<ContactRole, DomainContact> contacts = domains.contacts(domain.id());
    return domain.with(contacts, byKey);
  }
}
