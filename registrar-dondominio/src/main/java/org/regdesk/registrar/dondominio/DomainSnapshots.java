package org.regdesk.registrar.dondominio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdesk.dondominio.client.contact.ContactInfo;
import org.regdesk.dondominio.client.domain.DomainContactInfo;
import org.regdesk.dondominio.client.domain.DomainGetInfoRequest;
import org.regdesk.dondominio.client.domain.DomainNameserverInfo;
import org.regdesk.dondominio.client.domain.DomainStatusInfo;
import org.regdesk.dondominio.client.domain.DomainSummary;
import org.regdesk.registrar.dondominio.contact.ContactTranslator;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.ContactRecord;
import org.regdesk.registrar.spi.operation.DomainContacts;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.NameserverState;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.HostName;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.RenewalMode;

/**
 * Reads domains from DonDominio and turns its answers into the desk's snapshots. Registrar data is
 * taken as it is: an unknown part stays empty rather than guessed.
 */
final class DomainSnapshots {

  private final ApiContext api;

  DomainSnapshots(ApiContext api) {
    this.api = api;
  }

  /** The full snapshot: status, contacts and name servers (three reads). */
  DomainSnapshot read(DomainName domain) throws RegistrarException {
    DomainStatusInfo status = status(domain);
    DomainContactInfo contacts =
        api.gateway()
            .call(
                ApiContext.about(domain),
                () -> DomainGetInfoRequest.contacts(ApiContext.selector(domain)));
    DomainNameserverInfo nameservers =
        api.gateway()
            .call(
                ApiContext.about(domain),
                () -> DomainGetInfoRequest.nameservers(ApiContext.selector(domain)));
    return builder(domain, status)
        .nameservers(nameservers(nameservers))
        .contacts(contacts(contacts))
        .build();
  }

  /** The status read ({@code domain/getinfo infoType=status}). */
  DomainStatusInfo status(DomainName domain) throws RegistrarException {
    return api.gateway()
        .call(
            ApiContext.about(domain),
            () -> DomainGetInfoRequest.status(ApiContext.selector(domain)));
  }

  /** A snapshot of what a status read says. */
  static DomainSnapshot.Builder builder(DomainName domain, DomainStatusInfo info) {
    DomainSnapshot.Builder snapshot = builder(domain, info.domain());
    Optional<LocalDate> expires = info.domain().expiry();
    info.created()
        .filter(created -> expires.isEmpty() || !expires.get().isBefore(created))
        .ifPresent(snapshot::created);
    info.transferBlock().ifPresent(snapshot::transferLock);
    snapshot.privacy(info.whoisPrivacy());
    renewalMode(info.renewalMode()).ifPresent(snapshot::renewalMode);
    return snapshot;
  }

  /** A snapshot of the base fields every answer carries. */
  static DomainSnapshot.Builder builder(DomainName domain, DomainSummary summary) {
    DomainSnapshot.Builder snapshot =
        DomainSnapshot.builder(
            domain,
            RegistrarStatuses.desk(summary.status()),
            RegistrarStatuses.wire(summary.status()));
    summary.id().ifPresent(id -> snapshot.registrarDomainId(id.toString()));
    summary.expiry().ifPresent(snapshot::expires);
    return snapshot;
  }

  /** The desk's renewal mode for DonDominio's. */
  static Optional<RenewalMode> renewalMode(org.regdesk.dondominio.client.value.RenewalMode mode) {
    switch (mode) {
      case AUTORENEW:
        return Optional.of(RenewalMode.AUTO_RENEW);
      case MANUAL:
        return Optional.of(RenewalMode.MANUAL);
      case LET_EXPIRE:
        return Optional.of(RenewalMode.LET_EXPIRE);
      default:
        return Optional.empty();
    }
  }

  /** DonDominio's renewal mode for the desk's. */
  static org.regdesk.dondominio.client.value.RenewalMode wire(RenewalMode mode) {
    switch (mode) {
      case AUTO_RENEW:
        return org.regdesk.dondominio.client.value.RenewalMode.AUTORENEW;
      case LET_EXPIRE:
        return org.regdesk.dondominio.client.value.RenewalMode.LET_EXPIRE;
      case MANUAL:
      default:
        return org.regdesk.dondominio.client.value.RenewalMode.MANUAL;
    }
  }

  static NameserverState nameservers(DomainNameserverInfo info) {
    List<HostName> hosts = new ArrayList<>();
    for (DomainNameserverInfo.Nameserver nameserver : info.nameservers()) {
      try {
        hosts.add(HostName.of(nameserver.name().ascii()));
      } catch (InvalidValueException e) {
        // a host the desk's rules refuse (e.g. a bare label) is left out of the read
      }
    }
    return new NameserverState(info.usesDefaultNameservers(), hosts);
  }

  static DomainContacts contacts(DomainContactInfo info) {
    Map<ContactRole, ContactRecord> byRole = new EnumMap<>(ContactRole.class);
    put(byRole, ContactRole.OWNER, info.owner());
    put(byRole, ContactRole.ADMIN, info.admin());
    put(byRole, ContactRole.TECH, info.tech());
    put(byRole, ContactRole.BILLING, info.billing());
    return new DomainContacts(byRole);
  }

  private static void put(
      Map<ContactRole, ContactRecord> byRole, ContactRole role, Optional<ContactInfo> info) {
    info.map(ContactTranslator::toRecord).ifPresent(record -> byRole.put(role, record));
  }
}
