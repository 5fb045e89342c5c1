package org.regdesk.app.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.RenewalMode;

/**
 * A domain the desk holds for a customer.
 *
 * @param id the row id
 * @param name the domain (A-label and Unicode form)
 * @param customerId the customer it belongs to
 * @param plugin the registrar plugin's stable name, e.g. {@code dondominio}
 * @param registrarDomainId the registrar's own identifier, if it has one
 * @param state where the domain stands in the life cycle
 * @param registrarStatus the registrar's own words for the status, if reported
 * @param registeredOn the registration date, if known
 * @param expiresOn the expiry date, if known
 * @param nameservers the name servers, if the registrar reported them
 * @param transferLock whether the registrar lock is on, if reported
 * @param privacy whether ID protection (WHOIS privacy) is on, if reported
 * @param renewalMode what the registrar does at expiry, if reported
 * @param autoRenew whether the desk renews the domain by itself before expiry
 * @param contacts the contacts reported, by role
 * @param customFields the values of domain custom fields by stable key, canonical
 * @param lastSyncedAt when the registrar's view was last applied, if ever
 * @param createdAt when the record was created
 * @param updatedAt when the record last changed
 */
public record Domain(
    long id,
    DomainName name,
    long customerId,
    String plugin,
    Optional<String> registrarDomainId,
    DomainState state,
    Optional<String> registrarStatus,
    Optional<LocalDate> registeredOn,
    Optional<LocalDate> expiresOn,
    Optional<DomainNameservers> nameservers,
    Optional<Boolean> transferLock,
    Optional<Boolean> privacy,
    Optional<RenewalMode> renewalMode,
    boolean autoRenew,
    Map<ContactRole, DomainContact> contacts,
    Map<String, String> customFields,
    Optional<Instant> lastSyncedAt,
    Instant createdAt,
    Instant updatedAt) {

  /** Copies the maps. */
  public Domain {
    contacts =
        contacts.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new EnumMap<ContactRole, DomainContact>(contacts));
    customFields = Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
  }

  /**
   * The name people read, e.g. {@code españa.com}.
   *
   * @return the Unicode form
   */
  public String displayName() {
    return name.unicode();
  }

  /**
   * The contacts in role order, for pages.
   *
   * @return the contacts reported
   */
  public List<DomainContact> contactList() {
    return List.copyOf(contacts.values());
  }

  /**
   * The same domain with other parts read from other tables.
   *
   * @param contacts the contacts by role
   * @param customFields the custom field values by key
   * @return the domain
   */
  public Domain with(Map<ContactRole, DomainContact> contacts, Map<String, String> customFields) {
    return new Domain(
        id,
        name,
        customerId,
        plugin,
        registrarDomainId,
        state,
        registrarStatus,
        registeredOn,
        expiresOn,
        nameservers,
        transferLock,
        privacy,
        renewalMode,
        autoRenew,
        contacts,
        customFields,
        lastSyncedAt,
        createdAt,
        updatedAt);
  }

  @Override
  public String toString() {
    return "Domain[" + id + ", " + name + ", " + state + "]";
  }
}
