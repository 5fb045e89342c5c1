package org.regdesk.app.domain.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.regdesk.app.domain.DomainState;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.value.RenewalMode;

/**
 * The columns of a domain that a sync reads and writes: what a registrar listing reports.
 *
 * @param id the domain's id
 * @param name the A-label
 * @param state the life-cycle state
 * @param registrarDomainId the registrar's id
 * @param registrarStatus the registrar's own words
 * @param registeredOn the registration date
 * @param expiresOn the expiry date
 * @param transferLock the registrar lock
 * @param privacy ID protection
 * @param renewalMode the renewal mode
 * @param createdAt when the desk created the record
 * @param updatedAt when the record last changed, as read: a write is skipped if it changed since
 */
record SyncedDomain(
    long id,
    String name,
    DomainState state,
    Optional<String> registrarDomainId,
    Optional<String> registrarStatus,
    Optional<LocalDate> registeredOn,
    Optional<LocalDate> expiresOn,
    Optional<Boolean> transferLock,
    Optional<Boolean> privacy,
    Optional<RenewalMode> renewalMode,
    Instant createdAt,
    Instant updatedAt) {

  /** What the registrar's listing says of a domain that is missing from it. */
  static final String NOT_LISTED = "not in the registrar's listing";

  /**
   * The same domain with what a snapshot reports applied, by the rules of {@code
   * Domains.applySnapshot}: an {@code UNKNOWN} status and unreported parts keep what the desk knew.
   *
   * @param snapshot the registrar's view
   * @return the domain as it should be stored
   */
  SyncedDomain with(DomainSnapshot snapshot) {
    return new SyncedDomain(
        id,
        name,
        DomainState.of(snapshot.status()).orElse(state),
        snapshot.registrarDomainId().or(() -> registrarDomainId),
        Optional.of(snapshot.registrarStatus()),
        snapshot.created().or(() -> registeredOn),
        snapshot.expires().or(() -> expiresOn),
        snapshot.transferLock().or(() -> transferLock),
        snapshot.privacy().or(() -> privacy),
        snapshot.renewalMode().or(() -> renewalMode),
        createdAt,
        updatedAt);
  }

  /**
   * The same domain concluded gone from the account: transferred away while its expiry is still
   * ahead (or unknown), expired once it has passed.
   *
   * @param today the desk's date
   * @return the domain as it should be stored
   */
  SyncedDomain gone(LocalDate today) {
    DomainState next =
        expiresOn.isPresent() && !expiresOn.get().isAfter(today)
            ? DomainState.EXPIRED
            : DomainState.TRANSFERRED_AWAY;
    return new SyncedDomain(
        id,
        name,
        next,
        registrarDomainId,
        Optional.of(NOT_LISTED),
        registeredOn,
        expiresOn,
        transferLock,
        privacy,
        renewalMode,
        createdAt,
        updatedAt);
  }

  /**
   * Whether anything a sync writes differs.
   *
   * @param other the same domain, changed or not
   * @return true when a write is needed
   */
  boolean differsFrom(SyncedDomain other) {
    return state != other.state
        || !Objects.equals(registrarDomainId, other.registrarDomainId)
        || !Objects.equals(registrarStatus, other.registrarStatus)
        || !Objects.equals(registeredOn, other.registeredOn)
        || !Objects.equals(expiresOn, other.expiresOn)
        || !Objects.equals(transferLock, other.transferLock)
        || !Objects.equals(privacy, other.privacy)
        || !Objects.equals(renewalMode, other.renewalMode);
  }
}
