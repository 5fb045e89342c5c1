package org.regdesk.app.importer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regdesk.app.ConflictException;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.CustomerCommand;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.domain.NewDomain;
import org.regdesk.app.registrar.RegistrarPlugin;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.registrar.Trigger;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.ContactRecord;
import org.regdesk.registrar.spi.operation.DomainListRequest;
import org.regdesk.registrar.spi.operation.DomainPage;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.ListCursor;
import org.regdesk.registrar.spi.value.ContactType;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.EmailAddress;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings every domain held at a registrar into the desk. A run pages through the registrar's whole
 * listing; for each domain the desk lacks it reads the full snapshot, finds the customer with the
 * owner contact's e-mail address or creates one from the owner contact, and creates the domain
 * record with the registrar's status. Each domain is its own transaction (customer and domain
 * together): one domain's failure is recorded and the others go on. A listing that fails changes
 * nothing. Running it again is harmless: domains already in the desk are counted, not touched.
 *
 * <p>A plain service method, run in the caller's thread with the caller's {@link Trigger}, so a job
 * can run it later unchanged.
 */
@Service
public class DomainImporter {

  /** Domains asked for per listing call. */
  static final int PAGE_SIZE = 1000;

  /** A listing longer than this many pages is taken as a plugin that never ends its cursor. */
  static final int MAX_PAGES = 10_000;

  private final Registrars registrars;
  private final Domains domains;
  private final Customers customers;
  private final CustomFields customFields;
  private final DomainImportRepository runs;
  private final TransactionTemplate transactions;
  private final Clock clock;

  /**
   * Creates the importer.
   *
   * @param registrars the registrar plugins
   * @param domains the desk's domains
   * @param customers the desk's customers
   * @param customFields the customer fields (an owner's identity number goes to the linked one)
   * @param runs the record of runs
   * @param transactions one transaction per imported domain
   * @param clock the desk's clock
   */
  public DomainImporter(
      Registrars registrars,
      Domains domains,
      Customers customers,
      CustomFields customFields,
      DomainImportRepository runs,
      TransactionTemplate transactions,
      Clock clock) {
    this.registrars = registrars;
    this.domains = domains;
    this.customers = customers;
    this.customFields = customFields;
    this.runs = runs;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * The plugins whose domains can be imported: loaded, configured, and able to list domains.
   *
   * @return their stable names
   */
  public List<String> importablePlugins() {
    List<String> names = new ArrayList<>();
    for (RegistrarPlugin plugin : registrars.plugins()) {
      if (plugin.descriptor().capabilities().supports(Capability.LIST_DOMAINS)
          && registrars.isConfigured(plugin.name())) {
        names.add(plugin.name());
      }
    }
    return names;
  }

  /**
   * Counts what an import would bring in, reading the registrar's whole listing.
   *
   * @param plugin the plugin's stable name
   * @return the counts, or the listing's problem
   * @throws ValidationException naming {@code plugin} when it cannot be imported from
   */
  public ImportPreview preview(String plugin) {
    Registrar registrar = registrarFor(plugin);
    try {
      Map<DomainName, DomainSnapshot> listed = listAll(registrar);
      Set<DomainName> present = domains.present(listed.keySet());
      return new ImportPreview(
          plugin, listed.size(), listed.size() - present.size(), Optional.empty());
    } catch (RegistrarException | ConflictException failure) {
      return new ImportPreview(plugin, 0, 0, Optional.of(listingFailed(failure)));
    }
  }

  /**
   * Imports every domain of a plugin's registrar account the desk does not hold yet.
   *
   * @param plugin the plugin's stable name
   * @return the run as recorded
   * @throws ValidationException naming {@code plugin} when it cannot be imported from; no run is
   *     recorded then
   */
  public DomainImport run(String plugin) {
    Registrar registrar = registrarFor(plugin);
    Trigger trigger = Trigger.current();
    long id = runs.start(plugin, trigger.kind().name() + " " + trigger.name(), clock.instant());
    Map<DomainName, DomainSnapshot> listed;
    try {
      listed = listAll(registrar);
    } catch (RegistrarException | ConflictException failure) {
      runs.finish(
          id,
          DomainImport.Outcome.LISTING_FAILED,
          DomainImport.Counts.NONE,
          listingFailed(failure),
          clock.instant());
      return get(id);
    }
    Set<DomainName> present = domains.present(listed.keySet());
    int imported = 0;
    int alreadyPresent = present.size();
    int matched = 0;
    int created = 0;
    int failed = 0;
    for (DomainSnapshot entry : listed.values()) {
      if (present.contains(entry.name())) {
        continue;
      }
      try {
        Outcome outcome = importOne(registrar, plugin, entry);
        switch (outcome) {
          case MATCHED -> {
            imported++;
            matched++;
          }
          case CREATED -> {
            imported++;
            created++;
          }
          case PRESENT -> alreadyPresent++;
        }
      } catch (RegistrarException
          | ValidationException
          | NotFoundException
          | ConflictException
          | InvalidValueException failure) {
        failed++;
        runs.addFailure(id, new DomainImport.Failure(entry.name().ascii(), message(failure)));
      }
    }
    runs.finish(
        id,
        DomainImport.Outcome.COMPLETED,
        new DomainImport.Counts(listed.size(), imported, alreadyPresent, matched, created, failed),
        null,
        clock.instant());
    return get(id);
  }

  /**
   * One run.
   *
   * @param id the run's id
   * @return the run with its failures
   * @throws NotFoundException when there is none
   */
  public DomainImport get(long id) {
    return runs.find(id)
        .orElseThrow(() -> new NotFoundException("domain import " + id + " does not exist"));
  }

  /**
   * The runs, newest first.
   *
   * @param page which page
   * @return the runs with their failures
   */
  public Page<DomainImport> runs(PageRequest page) {
    return new Page<>(runs.list(page), page, runs.count());
  }

  // ------------------------------------------------------------------ one domain

  private enum Outcome {
    MATCHED,
    CREATED,
    PRESENT
  }

  private Outcome importOne(Registrar registrar, String plugin, DomainSnapshot listed)
      throws RegistrarException {
    DomainSnapshot snapshot = registrar.getDomain(listed.name());
    Optional<ContactRecord> owner = snapshot.contacts().owner().or(() -> listed.contacts().owner());
    if (owner.isEmpty()
        && registrars.capabilities(plugin, listed.name().tld()).contains(Capability.CONTACTS)) {
      owner = registrar.getContacts(listed.name()).owner();
    }
    if (owner.isEmpty()) {
      throw ValidationException.of("owner", "the registrar reports no owner contact");
    }
    ContactRecord contact = owner.get();
    if (contact.email().isBlank()) {
      throw ValidationException.of("owner.email", "the owner contact has no e-mail address");
    }
    EmailAddress email;
    try {
      email = EmailAddress.of(contact.email());
    } catch (InvalidValueException e) {
      throw ValidationException.of("owner.email", "the owner contact's e-mail address is invalid");
    }
    try {
      return importWith(plugin, snapshot, email, contact, identityField(contact));
    } catch (ValidationException invalid) {
      boolean onlyCustomFields =
          invalid.errors().stream().allMatch(e -> e.field().startsWith(Customers.CUSTOM_FIELDS));
      if (!onlyCustomFields) {
        throw invalid;
      }
      // the registrar's identity number does not pass the desk's rules: import without it
      return importWith(plugin, snapshot, email, contact, Map.of());
    }
  }

  private Outcome importWith(
      String plugin,
      DomainSnapshot snapshot,
      EmailAddress email,
      ContactRecord contact,
      Map<String, String> fields) {
    return transactions.execute(
        status -> {
          if (domains.find(snapshot.name()).isPresent()) {
            return Outcome.PRESENT; // imported meanwhile, e.g. by a run started twice
          }
          Optional<Customer> existing = customers.findByEmail(email);
          Customer customer = existing.orElseGet(() -> customers.create(command(contact, fields)));
          domains.create(NewDomain.held(snapshot, customer.id(), plugin));
          return existing.isPresent() ? Outcome.MATCHED : Outcome.CREATED;
        });
  }

  private Map<String, String> identityField(ContactRecord contact) {
    if (contact.identityNumber().isBlank()) {
      return Map.of();
    }
    Map<String, String> values = new LinkedHashMap<>();
    customFields
        .linkedTo(CustomerField.IDENTITY_NUMBER)
        .ifPresent(field -> values.put(field.key(), contact.identityNumber()));
    return values;
  }

  private static CustomerCommand command(ContactRecord contact, Map<String, String> fields) {
    boolean organisation =
        contact.type() == ContactType.ORGANISATION && !contact.organisationName().isBlank();
    return new CustomerCommand(
        contact.firstName(),
        contact.lastName(),
        organisation ? contact.organisationName() : null,
        contact.email(),
        contact.phone(),
        contact.addressLine1(),
        contact.addressLine2(),
        contact.city(),
        contact.state(),
        contact.postalCode(),
        contact.country(),
        fields);
  }

  // ------------------------------------------------------------------ listing

  private Registrar registrarFor(String plugin) {
    FieldErrors errors = new FieldErrors();
    errors.require("plugin", plugin);
    errors.throwIfAny();
    Optional<RegistrarPlugin> found = registrars.findPlugin(plugin);
    if (found.isEmpty()) {
      throw ValidationException.of("plugin", "no registrar plugin is named '" + plugin + "'");
    }
    if (!found.get().descriptor().capabilities().supports(Capability.LIST_DOMAINS)) {
      throw ValidationException.of(
          "plugin", found.get().displayName() + " cannot list the domains of its account");
    }
    if (!registrars.isConfigured(plugin)) {
      throw ValidationException.of(
          "plugin", found.get().displayName() + " is not configured (Settings › Plugins)");
    }
    try {
      return registrars.registrar(plugin);
    } catch (ConflictException settingsBroken) {
      throw ValidationException.of("plugin", settingsBroken.getMessage());
    }
  }

  // Registrars page by position: a domain added or removed while paging may show twice, so pages
  // are merged by name. Only a listing that reaches its last page is used at all.
  private static Map<DomainName, DomainSnapshot> listAll(Registrar registrar)
      throws RegistrarException {
    Map<DomainName, DomainSnapshot> listed = new LinkedHashMap<>();
    Optional<ListCursor> cursor = Optional.empty();
    int pages = 0;
    do {
      DomainPage page = registrar.listDomains(new DomainListRequest(cursor, PAGE_SIZE));
      for (DomainSnapshot snapshot : page.domains()) {
        listed.putIfAbsent(snapshot.name(), snapshot);
      }
      cursor = page.next();
      if (++pages > MAX_PAGES) {
        throw new IllegalStateException(
            "the plugin's listing did not end after " + MAX_PAGES + " pages");
      }
    } while (cursor.isPresent());
    return listed;
  }

  private static String listingFailed(Exception failure) {
    return "The registrar's domain list could not be read ("
        + message(failure)
        + "); nothing was imported.";
  }

  private static String message(Exception failure) {
    String text = failure.getMessage();
    return text == null || text.isBlank() ? failure.getClass().getSimpleName() : text;
  }
}
