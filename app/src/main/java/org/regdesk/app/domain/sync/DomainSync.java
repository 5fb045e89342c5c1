package org.regdesk.app.domain.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.domain.Domain;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.registrar.RegistrarPlugin;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.registrar.Trigger;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the desk's domains in step with the registrars.
 *
 * <p>A plugin sync reads the registrar's whole list ({@link RegistrarListing}) and only then
 * writes: status, registrar status and id, dates, lock, privacy and renewal mode of every listed
 * domain the desk holds, by the rules of {@link Domains#applySnapshot} but in JDBC batches inside
 * one transaction. A held domain missing from a <em>complete</em> listing has left the account:
 * transferred away while its expiry is ahead, expired once it has passed. An incomplete listing (a
 * failed page, a broken cursor, a count that disagrees) changes nothing: the run is recorded with
 * the reason, which is how the original plugin's "outage cancels every domain" bug is ruled out.
 * Domains created in the desk after the listing started are never concluded gone.
 */
@Service
public class DomainSync {

  private static final Logger LOG = LoggerFactory.getLogger(DomainSync.class);

  private final Registrars registrars;
  private final Domains domains;
  private final SyncRepository repository;
  private final SyncRunRepository runs;
  private final SyncSettings settings;
  private final TransactionTemplate transaction;
  private final Clock clock;

  DomainSync(
      Registrars registrars,
      Domains domains,
      SyncRepository repository,
      SyncRunRepository runs,
      SyncSettings settings,
      TransactionTemplate transaction,
      Clock clock) {
    this.registrars = registrars;
    this.domains = domains;
    this.repository = repository;
    this.runs = runs;
    this.settings = settings;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * The plugins a sync covers: configured ones that can list their domains.
   *
   * @return the plugins' stable names
   */
  public List<String> syncablePlugins() {
    return registrars.plugins().stream()
        .filter(p -> p.descriptor().capabilities().supports(Capability.LIST_DOMAINS))
        .map(RegistrarPlugin::name)
        .filter(registrars::isConfigured)
        .toList();
  }

  /**
   * Syncs every plugin that can list its domains, one after another.
   *
   * @return one run per plugin
   */
  public List<SyncRun> syncAll() {
    List<SyncRun> done = new ArrayList<>();
    for (String plugin : syncablePlugins()) {
      done.add(syncPlugin(plugin));
    }
    return done;
  }

  /**
   * Syncs one plugin's domains with the configured page size.
   *
   * @param plugin the plugin's stable name
   * @return the run, complete or not
   * @throws NotFoundException when no plugin has the name
   */
  public SyncRun syncPlugin(String plugin) {
    return syncPlugin(plugin, settings.pageSize());
  }

  /**
   * Syncs one plugin's domains.
   *
   * @param plugin the plugin's stable name
   * @param pageSize how many domains to ask for per listing call
   * @return the run, complete or not; registrar trouble never throws but is the run's message
   * @throws NotFoundException when no plugin has the name
   */
  public SyncRun syncPlugin(String plugin, int pageSize) {
    registrars.plugin(plugin);
    Instant started = clock.instant();
    String trigger = Trigger.current().toString();
    RegistrarListing listing;
    try {
      listing = RegistrarListing.read(registrars.registrar(plugin), pageSize);
    } catch (org.regdesk.app.ConflictException notConfigured) {
      return record(
          new SyncRun(
              0,
              plugin,
              trigger,
              false,
              0,
              0,
              0,
              0,
              0,
              "Nothing changed: " + notConfigured.getMessage(),
              started,
              clock.instant()));
    }
    if (!listing.complete()) {
      String message =
          "Nothing changed: the listing was incomplete, " + listing.problem().orElseThrow();
      LOG.warn("Sync of plugin '{}': {}", plugin, message);
      return record(
          new SyncRun(
              0,
              plugin,
              trigger,
              false,
              listing.pages(),
              listing.domains().size(),
              0,
              0,
              0,
              message,
              started,
              clock.instant()));
    }
    Instant read = clock.instant();
    return apply(plugin, listing, started, read, trigger);
  }

  private SyncRun apply(
      String plugin, RegistrarListing listing, Instant started, Instant read, String trigger) {
    Instant at = clock.instant();
    LocalDate today = LocalDate.ofInstant(at, clock.getZone());
    Map<String, DomainSnapshot> listed = listing.domains();
    List<SyncedDomain> changed = new ArrayList<>();
    // Rows the registrar confirmed unchanged are not written (their last_synced_at stays the time
    // of their last change): rewriting 100,000 rows every run would cost more than the listing.
    // The run's record says when the whole account was last confirmed.
    List<Long> confirmed = new ArrayList<>();
    Set<String> held = new HashSet<>();
    int gone = 0;
    for (SyncedDomain domain : repository.domainsOf(plugin)) {
      held.add(domain.name());
      DomainSnapshot snapshot = listed.get(domain.name());
      if (snapshot != null) {
        SyncedDomain next = domain.with(snapshot);
        if (next.differsFrom(domain)) {
          changed.add(next);
        } else {
          confirmed.add(domain.id());
        }
      } else if (domain.state().isHeld() && domain.createdAt().isBefore(started)) {
        changed.add(domain.gone(today));
        gone++;
      }
    }
    // Each batch commits on its own: every row written is the registrar's word on that domain, so
    // a sync cut short leaves true rows behind, and one huge transaction costs H2 far more than
    // the writes themselves (100,000 rows in one transaction: minutes; in batches: seconds).
    int written = 0;
    for (int from = 0; from < changed.size(); from += SyncRepository.BATCH) {
      List<SyncedDomain> chunk =
          changed.subList(from, Math.min(changed.size(), from + SyncRepository.BATCH));
      written += transaction.execute(status -> repository.update(chunk, at));
    }
    int skipped = changed.size() - written;
    int notInDesk = (int) listed.keySet().stream().filter(n -> !held.contains(n)).count();
    int updated = Math.max(0, changed.size() - gone - skipped);
    String message =
        "Complete listing of "
            + listed.size()
            + " domains in "
            + listing.pages()
            + " pages: "
            + updated
            + " updated, "
            + gone
            + " no longer at the registrar, "
            + confirmed.size()
            + " unchanged, "
            + (skipped == 0
                ? ""
                : skipped + " changed in the desk meanwhile (left for next time), ")
            + notInDesk
            + " not in the desk (read in "
            + seconds(started, read)
            + ", written in "
            + seconds(read, clock.instant())
            + ")";
    LOG.info("Sync of plugin '{}': {}", plugin, message);
    return record(
        new SyncRun(
            0,
            plugin,
            trigger,
            true,
            listing.pages(),
            listed.size(),
            updated,
            gone,
            notInDesk,
            message,
            started,
            clock.instant()));
  }

  private static String seconds(Instant from, Instant to) {
    return String.format(
        java.util.Locale.ROOT, "%.1f s", java.time.Duration.between(from, to).toMillis() / 1e3);
  }

  private SyncRun record(SyncRun run) {
    return transaction.execute(status -> runs.insert(run));
  }

  /**
   * Reads one domain from its registrar and applies what it reports ({@link Domains#applySnapshot}:
   * status, dates, lock, privacy, renewal mode, name servers, contacts). A registrar that
   * definitely does not hold the domain any more (the SPI's not-found answer) makes a held domain
   * transferred away or expired; any other failure changes nothing and is thrown.
   *
   * @param id the domain's id
   * @return the domain as it is now
   * @throws RegistrarException when the registrar could not be read
   * @throws NotFoundException when the desk has no such domain
   */
  public Domain syncDomain(long id) throws RegistrarException {
    Domain domain = domains.get(id);
    Registrar registrar = registrars.registrar(domain.plugin());
    DomainSnapshot snapshot;
    try {
      snapshot = registrar.getDomain(domain.name());
    } catch (org.regdesk.registrar.spi.error.NotFoundException notThere) {
      if (!domain.state().isHeld()) {
        throw notThere;
      }
      LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
      transaction.executeWithoutResult(
          status ->
              repository
                  .domain(id)
                  .ifPresent(d -> repository.update(List.of(d.gone(today)), clock.instant())));
      return domains.get(id);
    }
    return domains.applySnapshot(domain, snapshot, clock.instant());
  }

  /**
   * Sync runs, newest first.
   *
   * @param plugin only this plugin's, or null for all
   * @param page the page
   * @return the page of runs
   */
  @Transactional(readOnly = true)
  public Page<SyncRun> runs(String plugin, PageRequest page) {
    return new Page<>(runs.list(plugin, page), page, runs.count(plugin));
  }
}
