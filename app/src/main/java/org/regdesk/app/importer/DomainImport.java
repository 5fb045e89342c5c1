package org.regdesk.app.importer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One run of the registrar domain importer.
 *
 * @param id the run's id
 * @param plugin the registrar plugin whose domains were imported
 * @param startedBy who or what started it (the registrar call audit's trigger name)
 * @param startedAt when it started
 * @param finishedAt when it ended, empty while it runs
 * @param outcome how it ended
 * @param counts what it counted
 * @param message what went wrong with the listing, if it did
 * @param failures the domains it could not import, with why
 */
public record DomainImport(
    long id,
    String plugin,
    String startedBy,
    Instant startedAt,
    Optional<Instant> finishedAt,
    Outcome outcome,
    Counts counts,
    Optional<String> message,
    List<Failure> failures) {

  /** Copies the failures. */
  public DomainImport {
    failures = List.copyOf(failures);
  }

  /** How a run ended. */
  public enum Outcome {
    /** Still working. */
    RUNNING,
    /** The listing was complete and every domain was tried (some may have failed). */
    COMPLETED,
    /** The registrar's listing could not be read: nothing was imported. */
    LISTING_FAILED
  }

  /**
   * What a run counted.
   *
   * @param found domains in the registrar's listing
   * @param imported domains created in the desk
   * @param alreadyPresent domains the desk already held
   * @param customersMatched domains given to an existing customer (same owner e-mail address)
   * @param customersCreated customers created from an owner contact
   * @param failed domains that could not be imported
   */
  public record Counts(
      int found,
      int imported,
      int alreadyPresent,
      int customersMatched,
      int customersCreated,
      int failed) {

    /** Nothing counted yet. */
    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);
  }

  /**
   * A domain a run could not import.
   *
   * @param domain the domain's name
   * @param message why, for staff
   */
  public record Failure(String domain, String message) {}
}
