package org.regdesk.registrar.spi;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.AuthenticationFailedException;
import org.regdesk.registrar.spi.error.InsufficientFundsException;
import org.regdesk.registrar.spi.error.InvalidInputException;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.error.NotSupportedException;
import org.regdesk.registrar.spi.error.OutcomeUnknownException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.error.RejectedException;
import org.regdesk.registrar.spi.error.UnavailableException;
import org.regdesk.registrar.spi.operation.ActionRequest;
import org.regdesk.registrar.spi.operation.ActionResult;
import org.regdesk.registrar.spi.operation.AvailabilityResult;
import org.regdesk.registrar.spi.operation.ConnectionReport;
import org.regdesk.registrar.spi.operation.ContactPolicy;
import org.regdesk.registrar.spi.operation.DomainContacts;
import org.regdesk.registrar.spi.operation.DomainListRequest;
import org.regdesk.registrar.spi.operation.DomainPage;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.NameserverState;
import org.regdesk.registrar.spi.operation.ProvisioningResult;
import org.regdesk.registrar.spi.operation.RegisterRequest;
import org.regdesk.registrar.spi.operation.RenewRequest;
import org.regdesk.registrar.spi.operation.RestartTransferRequest;
import org.regdesk.registrar.spi.operation.TldPricing;
import org.regdesk.registrar.spi.operation.TransferEligibility;
import org.regdesk.registrar.spi.operation.TransferRequest;
import org.regdesk.registrar.spi.operation.TransferState;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.DsRecord;
import org.regdesk.registrar.spi.value.GlueRecord;
import org.regdesk.registrar.spi.value.HostName;
import org.regdesk.registrar.spi.value.Nameservers;
import org.regdesk.registrar.spi.value.RenewalMode;

/**
 * The operations a registrar plugin carries out for the desk, created by a {@link
 * RegistrarProvider} for one set of settings.
 *
 * <h2>Rules every implementation follows</h2>
 *
 * <ul>
 *   <li><b>Typed in, typed out.</b> Arguments are already-checked values; a plugin checks only what
 *       its registrar adds (a TLD's extra fields, its contact-handle format) and reports a problem
 *       as {@link InvalidInputException} <em>before</em> any call.
 *   <li><b>One failure family.</b> Every failure is a {@link RegistrarException} of the kind that
 *       tells the caller what to do next. In particular: {@link UnavailableException} only when the
 *       request cannot have taken effect; {@link OutcomeUnknownException} when a charged or
 *       changing request may have reached the registrar and the answer was lost; {@link
 *       NotFoundException} only on the registrar's definite answer, never on connection trouble.
 *   <li><b>No blind repeats.</b> Inside one method a plugin may retry reads on transient failures;
 *       it never sends a register, transfer or renew twice. After {@link OutcomeUnknownException}
 *       the caller looks the domain up with {@link #getDomain} first.
 *   <li><b>Capabilities are honest.</b> Each optional method belongs to a {@link Capability}. A
 *       plugin implements the methods of the capabilities it declares and throws {@link
 *       NotSupportedException} for the rest, and for TLDs it excepts. The defaults here do so.
 *   <li><b>Audited and secret-free.</b> Every registrar API call goes through {@link
 *       RegistrarContext#callAudit()}; secrets never appear in messages, logs or {@code
 *       toString()}.
 *   <li><b>Thread-safe, no own clock.</b> The host calls one instance from many threads; time comes
 *       from {@link RegistrarContext#clock()}.
 * </ul>
 *
 * <p>Any operation may also throw {@link AuthenticationFailedException} (credentials refused) and
 * {@link UnavailableException}; the lists below name the failures particular to each.
 */
public interface Registrar extends AutoCloseable {

  /** The most names one {@link #getDomains} call takes. */
  int MAX_LOOKUP = 1_000;

  /**
   * Tests the connection: reachability, credentials, balance and environment. Reports problems in
   * the result rather than throwing, so the settings page can show them.
   *
   * @return the report
   */
  ConnectionReport testConnection();

  /**
   * Looks a domain up in the account: the full snapshot with status, dates, lock, privacy, renewal
   * mode, name servers and all four contacts where the registrar provides them. This is also how a
   * caller settles an {@link OutcomeUnknownException}.
   *
   * @param domain the domain
   * @return the snapshot
   * @throws NotFoundException if the domain is not in this account
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  DomainSnapshot getDomain(DomainName domain) throws RegistrarException;

  /**
   * Looks several domains up at once, for a desk following many fresh registrations until the
   * registry activates them. The answer holds a snapshot (status and expiry at least; contacts and
   * name servers may be left out) for every name that is in the account; a name missing from it is
   * not in the account. Plugins whose registrar can list recent domains answer many names in a few
   * calls; the default looks each name up with {@link #getDomain}.
   *
   * @param domains the domains, at most {@value #MAX_LOOKUP} distinct names
   * @return the snapshots by name, for the names in the account
   * @throws IllegalArgumentException for more than {@value #MAX_LOOKUP} names
   * @throws RegistrarException of another kind than not-found, see {@link Registrar}
   */
  default Map<DomainName, DomainSnapshot> getDomains(Collection<DomainName> domains)
      throws RegistrarException {
    Set<DomainName> distinct = new LinkedHashSet<>(domains);
    if (distinct.size() > MAX_LOOKUP) {
      throw new IllegalArgumentException(
          "domains: at most " + MAX_LOOKUP + " names per look-up, not " + distinct.size());
    }
    Map<DomainName, DomainSnapshot> found = new LinkedHashMap<>();
    for (DomainName domain : distinct) {
      try {
        found.put(domain, getDomain(domain));
      } catch (NotFoundException notInTheAccount) {
        // absent from the answer
      }
    }
    return found;
  }

  /**
   * {@link Capability#AVAILABILITY}: checks many names at once. The answer has one result per
   * distinct name, in the order given; a name the plugin could not check is reported {@code
   * UNREACHABLE} rather than failing the whole call, and a TLD it does not sell is {@code
   * TLD_UNSUPPORTED}. Plugins whose registrar checks one name per call fan out with bounded
   * concurrency and may cache answers briefly.
   *
   * @param names the names, at least one
   * @return one result per distinct name
   * @throws RegistrarException only when nothing could be checked (e.g. credentials refused)
   */
  default List<AvailabilityResult> checkAvailability(List<DomainName> names)
      throws RegistrarException {
    throw NotSupportedException.of(Capability.AVAILABILITY);
  }

  /**
   * {@link Capability#TRANSFER_ELIGIBILITY}: whether a registered name can be transferred in now.
   *
   * @param domain the name
   * @return the eligibility, with reasons when not eligible
   * @throws RegistrarException see {@link Registrar}
   */
  default TransferEligibility checkTransferEligibility(DomainName domain)
      throws RegistrarException {
    throw NotSupportedException.of(Capability.TRANSFER_ELIGIBILITY);
  }

  /**
   * {@link Capability#REGISTER}: registers a name, charging the reseller's balance. Checks the
   * TLD's requirements first. A premium name is registered only if the request accepts a price
   * equal to the live premium price ({@link Capability#PREMIUM_REGISTRATION}).
   *
   * @param request the registration
   * @return the new domain with the registrar's identifier, and the charge
   * @throws InvalidInputException if the TLD's fields or the contacts do not satisfy the plugin
   * @throws RejectedException if the name is taken, premium without consent, or refused
   * @throws InsufficientFundsException if the balance does not cover it
   * @throws OutcomeUnknownException if the request may have been carried out
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default ProvisioningResult register(RegisterRequest request) throws RegistrarException {
    throw NotSupportedException.of(Capability.REGISTER);
  }

  /**
   * {@link Capability#TRANSFER}: starts a transfer in, charging the reseller's balance. The
   * result's snapshot usually shows {@code TRANSFER_PENDING}; follow it with {@link
   * #transferStatus}.
   *
   * @param request the transfer
   * @return the domain as the registrar now holds it, and the charge
   * @throws InvalidInputException if the TLD's fields or the contacts do not satisfy the plugin
   * @throws RejectedException if the transfer is refused (wrong auth code, locked …)
   * @throws InsufficientFundsException if the balance does not cover it
   * @throws OutcomeUnknownException if the request may have been carried out
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default ProvisioningResult transfer(TransferRequest request) throws RegistrarException {
    throw NotSupportedException.of(Capability.TRANSFER);
  }

  /**
   * {@link Capability#TRANSFER}: where a transfer in stands.
   *
   * @param domain the name being transferred
   * @return pending, completed or failed
   * @throws NotFoundException if the registrar knows no transfer of this name
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default TransferState transferStatus(DomainName domain) throws RegistrarException {
    throw NotSupportedException.of(Capability.TRANSFER);
  }

  /**
   * {@link Capability#TRANSFER_RESTART}: restarts a stalled or failed transfer.
   *
   * @param request the restart, optionally with a new auth code
   * @return the transfer's new state
   * @throws RejectedException if the registrar refuses the restart
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default TransferState restartTransfer(RestartTransferRequest request) throws RegistrarException {
    throw NotSupportedException.of(Capability.TRANSFER_RESTART);
  }

  /**
   * {@link Capability#RENEW}: renews a domain, charging the reseller's balance, guarded by the
   * expiry the caller believes is current: if the registrar's expiry differs, the plugin refuses
   * with {@link RejectedException} and charges nothing.
   *
   * @param request the renewal
   * @return the domain with its new expiry, and the charge
   * @throws RejectedException if the expiry guard fails or the renewal is refused
   * @throws InsufficientFundsException if the balance does not cover it
   * @throws OutcomeUnknownException if the request may have been carried out
   * @throws NotFoundException if the domain is not in this account
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default ProvisioningResult renew(RenewRequest request) throws RegistrarException {
    throw NotSupportedException.of(Capability.RENEW);
  }

  /**
   * Per contact role, whether the settings put an override contact in place of the customer's data
   * and whether customers may edit that role's contact. The desk shows a role customers may not
   * edit read-only in the client area; staff see the override. Reads the settings only, never the
   * registrar.
   *
   * @return the policy; {@link ContactPolicy#OPEN} unless the plugin has contact settings
   */
  default ContactPolicy contactPolicy() {
    return ContactPolicy.OPEN;
  }

  /**
   * {@link Capability#CONTACTS}: the domain's contacts, all four roles where the registrar has
   * them.
   *
   * @param domain the domain
   * @return the contacts by role
   * @throws NotFoundException if the domain is not in this account
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default DomainContacts getContacts(DomainName domain) throws RegistrarException {
    throw NotSupportedException.of(Capability.CONTACTS);
  }

  /**
   * {@link Capability#CONTACTS}: replaces the contacts of the roles given; other roles stay.
   *
   * @param domain the domain
   * @param contacts the new contacts, for one or more roles
   * @throws RejectedException if the registry refuses (e.g. an owner change that needs a trade
   *     process or a pending verification)
   * @throws NotFoundException if the domain is not in this account
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default void setContacts(DomainName domain, Contacts contacts) throws RegistrarException {
    throw NotSupportedException.of(Capability.CONTACTS);
  }

  /**
   * {@link Capability#NAMESERVERS}: the domain's delegation.
   *
   * @param domain the domain
   * @return the name servers, and whether they are the registrar's default
   * @throws NotFoundException if the domain is not in this account
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default NameserverState getNameservers(DomainName domain) throws RegistrarException {
    throw NotSupportedException.of(Capability.NAMESERVERS);
  }

  /**
   * {@link Capability#NAMESERVERS}: replaces the delegation.
   *
   * @param domain the domain
   * @param nameservers 2–7 hosts, or the registrar's default
   * @throws RejectedException if the registry refuses the name servers
   * @throws NotFoundException if the domain is not in this account
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default void setNameservers(DomainName domain, Nameservers nameservers)
      throws RegistrarException {
    throw NotSupportedException.of(Capability.NAMESERVERS);
  }

  /**
   * {@link Capability#GLUE_RECORDS}: the glue records under the domain.
   *
   * @param domain the domain
   * @return the glue records
   * @throws NotFoundException if the domain is not in this account
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default List<GlueRecord> listGlueRecords(DomainName domain) throws RegistrarException {
    throw NotSupportedException.of(Capability.GLUE_RECORDS);
  }

  /**
   * {@link Capability#GLUE_RECORDS}: creates a glue record.
   *
   * @param glue the record; its domain says where
   * @throws InvalidInputException if the registrar needs an address family the record lacks
   * @throws RejectedException if the registry refuses it (e.g. the host already exists)
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default void createGlueRecord(GlueRecord glue) throws RegistrarException {
    throw NotSupportedException.of(Capability.GLUE_RECORDS);
  }

  /**
   * {@link Capability#GLUE_RECORDS}: replaces the addresses of an existing glue record.
   *
   * @param glue the record with its new addresses
   * @throws NotFoundException if the host has no glue record
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default void updateGlueRecord(GlueRecord glue) throws RegistrarException {
    throw NotSupportedException.of(Capability.GLUE_RECORDS);
  }

  /**
   * {@link Capability#GLUE_RECORDS}: deletes a glue record.
   *
   * @param domain the domain
   * @param host the host whose glue goes
   * @throws NotFoundException if the host has no glue record
   * @throws RejectedException if the registry refuses (e.g. the host is still in use)
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default void deleteGlueRecord(DomainName domain, HostName host) throws RegistrarException {
    throw NotSupportedException.of(Capability.GLUE_RECORDS);
  }

  /**
   * {@link Capability#LOCK}: whether the registrar (transfer) lock is on.
   *
   * @param domain the domain
   * @return true if locked
   * @throws NotSupportedException also when the TLD has no lock
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default boolean getLock(DomainName domain) throws RegistrarException {
    throw NotSupportedException.of(Capability.LOCK);
  }

  /**
   * {@link Capability#LOCK}: turns the registrar lock on or off. Idempotent.
   *
   * @param domain the domain
   * @param locked true to lock
   * @throws NotSupportedException also when the TLD has no lock
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default void setLock(DomainName domain, boolean locked) throws RegistrarException {
    throw NotSupportedException.of(Capability.LOCK);
  }

  /**
   * {@link Capability#AUTH_CODE}: the domain's auth code, for a transfer away. The host decides
   * whether to show it or mail it to the registrant; the value stays masked in {@code toString()}.
   *
   * @param domain the domain
   * @return the auth code
   * @throws NotFoundException if the domain is not in this account
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default AuthCode getAuthCode(DomainName domain) throws RegistrarException {
    throw NotSupportedException.of(Capability.AUTH_CODE);
  }

  /**
   * {@link Capability#PRIVACY}: turns WHOIS privacy on or off. Idempotent.
   *
   * @param domain the domain
   * @param enabled true to hide the contacts
   * @throws RejectedException if the registry refuses (e.g. while the domain is
   *     modification-locked)
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default void setPrivacy(DomainName domain, boolean enabled) throws RegistrarException {
    throw NotSupportedException.of(Capability.PRIVACY);
  }

  /**
   * {@link Capability#RENEWAL_MODE}: sets what the registrar does at expiry. Idempotent.
   *
   * @param domain the domain
   * @param mode the renewal mode
   * @throws RegistrarException see {@link Registrar}
   */
  default void setRenewalMode(DomainName domain, RenewalMode mode) throws RegistrarException {
    throw NotSupportedException.of(Capability.RENEWAL_MODE);
  }

  /**
   * {@link Capability#DNSSEC}: the DS records published for the domain.
   *
   * @param domain the domain
   * @return the DS records
   * @throws RegistrarException see {@link Registrar}
   */
  default List<DsRecord> listDsRecords(DomainName domain) throws RegistrarException {
    throw NotSupportedException.of(Capability.DNSSEC);
  }

  /**
   * {@link Capability#DNSSEC}: publishes a DS record.
   *
   * @param domain the domain
   * @param record the record
   * @throws RejectedException if the registry refuses it (e.g. an algorithm it does not accept)
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default void addDsRecord(DomainName domain, DsRecord record) throws RegistrarException {
    throw NotSupportedException.of(Capability.DNSSEC);
  }

  /**
   * {@link Capability#DNSSEC}: withdraws a DS record.
   *
   * @param domain the domain
   * @param record the record, as listed
   * @throws NotFoundException if the record is not published
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default void removeDsRecord(DomainName domain, DsRecord record) throws RegistrarException {
    throw NotSupportedException.of(Capability.DNSSEC);
  }

  /**
   * {@link Capability#LIST_DOMAINS}: one page of the account's domains, for import and sync. See
   * {@link DomainPage} for when a listing counts as complete.
   *
   * @param request the cursor (empty for the first page) and the page size wanted
   * @return the page
   * @throws InvalidInputException if the cursor is not one this plugin issued
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default DomainPage listDomains(DomainListRequest request) throws RegistrarException {
    throw NotSupportedException.of(Capability.LIST_DOMAINS);
  }

  /**
   * {@link Capability#TLD_PRICES}: the TLDs the registrar sells and what they cost the reseller.
   *
   * @return one entry per TLD
   * @throws RegistrarException see {@link Registrar}
   */
  default List<TldPricing> tldPricing() throws RegistrarException {
    throw NotSupportedException.of(Capability.TLD_PRICES);
  }

  /**
   * Runs a custom Plugin action declared in the descriptor. Standard actions never come here: the
   * host carries them out through the typed methods.
   *
   * @param request the action, domain and inputs
   * @return a message for whoever ran it
   * @throws NotSupportedException if the plugin has no such action
   * @throws RegistrarException of another kind, see {@link Registrar}
   */
  default ActionResult performAction(ActionRequest request) throws RegistrarException {
    throw NotSupportedException.action(request.actionId());
  }

  /**
   * Releases what the registrar holds (HTTP clients, thread pools). The host calls it when the
   * settings change or the desk stops; it must not throw.
   */
  @Override
  default void close() {}
}
