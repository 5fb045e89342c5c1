package org.regdesk.registrar.spi.operation;

import java.time.LocalDate;
import java.util.Optional;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.RenewalMode;

/**
 * What the registrar holds for a domain at one moment: status, dates, lock, privacy, renewal mode,
 * name servers and contacts. Returned by lookups, listings, and by register, transfer and renew so
 * the host can persist the result of a change without a second call.
 *
 * <p>Parts the registrar did not report in this answer are empty (e.g. the expiry right after a
 * registration, or the contacts in a listing); empty means "unknown", never "off". Built with
 * {@link #builder}.
 *
 * @param name the domain
 * @param registrarDomainId the registrar's own identifier of the domain, if it has one
 * @param status the neutral status
 * @param registrarStatus the status exactly as the registrar reported it, for staff
 * @param created the registration date, if known
 * @param expires the expiry date, if known
 * @param transferLock whether the registrar (transfer) lock is on, if reported; empty also when the
 *     TLD has no lock
 * @param privacy whether WHOIS privacy is on, if reported
 * @param renewalMode the renewal mode, if reported
 * @param nameservers the delegation, if reported
 * @param contacts the contacts reported (possibly none)
 */
public record DomainSnapshot(
    DomainName name,
    Optional<String> registrarDomainId,
    DomainStatus status,
    String registrarStatus,
    Optional<LocalDate> created,
    Optional<LocalDate> expires,
    Optional<Boolean> transferLock,
    Optional<Boolean> privacy,
    Optional<RenewalMode> renewalMode,
    Optional<NameserverState> nameservers,
    DomainContacts contacts) {

  /**
   * Checks the parts; a domain cannot expire before it was created.
   *
   * @param name the domain
   * @param registrarDomainId the registrar's own identifier of the domain, if it has one
   * @param status the neutral status
   * @param registrarStatus the status exactly as the registrar reported it, for staff
   * @param created the registration date, if known
   * @param expires the expiry date, if known
   * @param transferLock whether the registrar (transfer) lock is on, if reported; empty also when
   *     the TLD has no lock
   * @param privacy whether WHOIS privacy is on, if reported
   * @param renewalMode the renewal mode, if reported
   * @param nameservers the delegation, if reported
   * @param contacts the contacts reported (possibly none)
   */
  public DomainSnapshot {
    Require.present("name", name);
    registrarDomainId = Require.optionalLine("registrarDomainId", registrarDomainId, 128);
    Require.present("status", status);
    registrarStatus = Require.line("registrarStatus", registrarStatus, 128);
    Require.present("created", created);
    Require.present("expires", expires);
    Require.present("transferLock", transferLock);
    Require.present("privacy", privacy);
    Require.present("renewalMode", renewalMode);
    Require.present("nameservers", nameservers);
    Require.present("contacts", contacts);
    if (created.isPresent() && expires.isPresent() && expires.get().isBefore(created.get())) {
      throw new InvalidValueException("expires", "must not be before the creation date");
    }
  }

  /**
   * Starts a snapshot.
   *
   * @param name the domain
   * @param status the neutral status
   * @param registrarStatus the raw status text
   * @return a builder with every optional part unknown
   */
  public static Builder builder(DomainName name, DomainStatus status, String registrarStatus) {
    return new Builder(name, status, registrarStatus);
  }

  /** Collects the optional parts of a {@link DomainSnapshot}. */
  public static final class Builder {
    private final DomainName name;
    private final DomainStatus status;
    private final String registrarStatus;
    private Optional<String> registrarDomainId = Optional.empty();
    private Optional<LocalDate> created = Optional.empty();
    private Optional<LocalDate> expires = Optional.empty();
    private Optional<Boolean> transferLock = Optional.empty();
    private Optional<Boolean> privacy = Optional.empty();
    private Optional<RenewalMode> renewalMode = Optional.empty();
    private Optional<NameserverState> nameservers = Optional.empty();
    private DomainContacts contacts = DomainContacts.NONE;

    private Builder(DomainName name, DomainStatus status, String registrarStatus) {
      this.name = name;
      this.status = status;
      this.registrarStatus = registrarStatus;
    }

    /**
     * Sets the registrar's identifier of the domain.
     *
     * @param id the identifier
     * @return this builder
     */
    public Builder registrarDomainId(String id) {
      this.registrarDomainId = Optional.of(id);
      return this;
    }

    /**
     * Sets the registration date.
     *
     * @param created the date
     * @return this builder
     */
    public Builder created(LocalDate created) {
      this.created = Optional.of(created);
      return this;
    }

    /**
     * Sets the expiry date.
     *
     * @param expires the date
     * @return this builder
     */
    public Builder expires(LocalDate expires) {
      this.expires = Optional.of(expires);
      return this;
    }

    /**
     * Sets whether the registrar lock is on.
     *
     * @param locked true if locked
     * @return this builder
     */
    public Builder transferLock(boolean locked) {
      this.transferLock = Optional.of(locked);
      return this;
    }

    /**
     * Sets whether WHOIS privacy is on.
     *
     * @param privacy true if on
     * @return this builder
     */
    public Builder privacy(boolean privacy) {
      this.privacy = Optional.of(privacy);
      return this;
    }

    /**
     * Sets the renewal mode.
     *
     * @param renewalMode the mode
     * @return this builder
     */
    public Builder renewalMode(RenewalMode renewalMode) {
      this.renewalMode = Optional.of(renewalMode);
      return this;
    }

    /**
     * Sets the delegation.
     *
     * @param nameservers the name servers
     * @return this builder
     */
    public Builder nameservers(NameserverState nameservers) {
      this.nameservers = Optional.of(nameservers);
      return this;
    }

    /**
     * Sets the contacts reported.
     *
     * @param contacts the contacts
     * @return this builder
     */
    public Builder contacts(DomainContacts contacts) {
      this.contacts = contacts;
      return this;
    }

    /**
     * Builds the snapshot.
     *
     * @return the snapshot
     * @throws InvalidValueException naming the bad part
     */
    public DomainSnapshot build() {
      return new DomainSnapshot(
          name,
          registrarDomainId,
          status,
          registrarStatus,
          created,
          expires,
          transferLock,
          privacy,
          renewalMode,
          nameservers,
          contacts);
    }
  }
}
