package org.regdesk.registrar.dondominio;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdesk.dondominio.client.domain.DomainAuthcode;
import org.regdesk.dondominio.client.domain.DomainDnssecCreateRequest;
import org.regdesk.dondominio.client.domain.DomainDnssecDeleteRequest;
import org.regdesk.dondominio.client.domain.DomainDnssecInfo;
import org.regdesk.dondominio.client.domain.DomainGetAuthcodeRequest;
import org.regdesk.dondominio.client.domain.DomainGetDnssecRequest;
import org.regdesk.dondominio.client.domain.DomainGetGlueRecordsRequest;
import org.regdesk.dondominio.client.domain.DomainGetInfoRequest;
import org.regdesk.dondominio.client.domain.DomainGlueRecordCreateRequest;
import org.regdesk.dondominio.client.domain.DomainGlueRecordDeleteRequest;
import org.regdesk.dondominio.client.domain.DomainGlueRecordUpdateRequest;
import org.regdesk.dondominio.client.domain.DomainGlueRecords;
import org.regdesk.dondominio.client.domain.DomainResendVerificationMailRequest;
import org.regdesk.dondominio.client.domain.DomainStatusInfo;
import org.regdesk.dondominio.client.domain.DomainUpdateContactsRequest;
import org.regdesk.dondominio.client.domain.DomainUpdateNameserversRequest;
import org.regdesk.dondominio.client.domain.DomainUpdateRequest;
import org.regdesk.dondominio.client.value.ContactChanges;
import org.regdesk.dondominio.client.value.DnssecRecord;
import org.regdesk.dondominio.client.value.Ipv4Address;
import org.regdesk.dondominio.client.value.Ipv6Address;
import org.regdesk.registrar.dondominio.contact.RoleContacts;
import org.regdesk.registrar.dondominio.tld.TldCapabilities;
import org.regdesk.registrar.dondominio.tld.TldRow;
import org.regdesk.registrar.dondominio.tld.TldTable;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.InvalidInputException;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.error.NotSupportedException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.error.RejectedException;
import org.regdesk.registrar.spi.operation.ActionRequest;
import org.regdesk.registrar.spi.operation.ActionResult;
import org.regdesk.registrar.spi.operation.DomainContacts;
import org.regdesk.registrar.spi.operation.NameserverState;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.DsDigestType;
import org.regdesk.registrar.spi.value.DsRecord;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.GlueRecord;
import org.regdesk.registrar.spi.value.HostName;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.Nameservers;
import org.regdesk.registrar.spi.value.RenewalMode;

/**
 * Everything done to a domain already in the account: contacts, name servers, glue records, lock,
 * auth code, privacy, renewal mode, DNSSEC and the custom actions.
 */
final class DomainManagement {

  /** The custom action that resends the owner's verification mail. */
  static final String RESEND_VERIFICATION = "resend-verification";

  private final ApiContext api;
  private final DomainSnapshots snapshots;

  DomainManagement(ApiContext api, DomainSnapshots snapshots) {
    this.api = api;
    this.snapshots = snapshots;
  }

  DomainContacts getContacts(DomainName domain) throws RegistrarException {
    return DomainSnapshots.contacts(
        api.gateway()
            .call(
                ApiContext.about(domain),
                () -> DomainGetInfoRequest.contacts(ApiContext.selector(domain))));
  }

  void setContacts(DomainName domain, Contacts contacts) throws RegistrarException {
    boolean spanish = TldTable.row(domain.tld()).map(TldRow::spanishIdentity).orElse(false);
    if (spanish && contacts.roles().contains(ContactRole.OWNER)) {
      // The .es registry changes a holder only through its own change-of-holder procedure.
      throw new RejectedException(
          "The owner of a ."
              + domain.tld()
              + " domain can only change through the registry's"
              + " change-of-holder procedure; please contact support.",
          "owner change refused for " + domain + " before any call: .es needs a trade process",
          null);
    }
    List<FieldError> errors = new ArrayList<>();
    Optional<ContactChanges> changes =
        RoleContacts.forUpdate(contacts, api.settings().contactPolicy(), spanish, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    api.gateway()
        .call(
            ApiContext.about(domain),
            () ->
                new DomainUpdateContactsRequest(
                    ApiContext.selector(domain), changes.orElseThrow()));
  }

  NameserverState getNameservers(DomainName domain) throws RegistrarException {
    return DomainSnapshots.nameservers(
        api.gateway()
            .call(
                ApiContext.about(domain),
                () -> DomainGetInfoRequest.nameservers(ApiContext.selector(domain))));
  }

  void setNameservers(DomainName domain, Nameservers nameservers) throws RegistrarException {
    org.regdesk.dondominio.client.value.Nameservers wire =
        nameservers.usesRegistrarDefault()
            ? org.regdesk.dondominio.client.value.Nameservers.dondominioDefault()
            : org.regdesk.dondominio.client.value.Nameservers.hosts(
                nameservers.hosts().stream()
                    .map(host -> org.regdesk.dondominio.client.value.HostName.of(host.ascii()))
                    .toList());
    api.gateway()
        .call(
            ApiContext.about(domain),
            () -> new DomainUpdateNameserversRequest(ApiContext.selector(domain), wire));
  }

  List<GlueRecord> listGlueRecords(DomainName domain) throws RegistrarException {
    DomainGlueRecords records =
        api.gateway()
            .call(
                ApiContext.about(domain),
                () -> new DomainGetGlueRecordsRequest(ApiContext.selector(domain)));
    List<GlueRecord> glue = new ArrayList<>();
    for (org.regdesk.dondominio.client.value.GlueRecord record : records.glueRecords()) {
      try {
        glue.add(
            GlueRecord.of(
                domain,
                record.name().ascii(),
                record.ipv4().map(Ipv4Address::value).orElse(null),
                record.ipv6().map(Ipv6Address::value).orElse(null)));
      } catch (InvalidValueException e) {
        api.logger()
            .log(
                Level.WARNING, () -> "skipping a glue record of " + domain + ": " + e.getMessage());
      }
    }
    return glue;
  }

  void createGlueRecord(GlueRecord glue) throws RegistrarException {
    Ipv4Address ipv4 = requireIpv4(glue);
    api.gateway()
        .call(
            ApiContext.about(glue.domain()),
            () ->
                new DomainGlueRecordCreateRequest(
                    ApiContext.selector(glue.domain()),
                    org.regdesk.dondominio.client.value.HostName.of(glue.host().ascii()),
                    ipv4,
                    glue.ipv6Text().map(Ipv6Address::of)));
  }

  void updateGlueRecord(GlueRecord glue) throws RegistrarException {
    Ipv4Address ipv4 = requireIpv4(glue);
    requireGlue(glue.domain(), glue.host());
    api.gateway()
        .call(
            ApiContext.about(glue.domain()),
            () ->
                new DomainGlueRecordUpdateRequest(
                    ApiContext.selector(glue.domain()),
                    org.regdesk.dondominio.client.value.HostName.of(glue.host().ascii()),
                    ipv4,
                    glue.ipv6Text().map(Ipv6Address::of)));
  }

  void deleteGlueRecord(DomainName domain, HostName host) throws RegistrarException {
    requireGlue(domain, host);
    api.gateway()
        .call(
            ApiContext.about(domain),
            () ->
                new DomainGlueRecordDeleteRequest(
                    ApiContext.selector(domain),
                    org.regdesk.dondominio.client.value.HostName.of(host.ascii())));
  }

  boolean getLock(DomainName domain) throws RegistrarException {
    requireLock(domain);
    DomainStatusInfo info = snapshots.status(domain);
    return info.transferBlock()
        .orElseThrow(
            () ->
                new NotSupportedException(
                    "DonDominio reports no registrar lock for ." + domain.tld(), null));
  }

  void setLock(DomainName domain, boolean locked) throws RegistrarException {
    requireLock(domain);
    update(domain, DomainUpdateRequest.transferBlock(ApiContext.selector(domain), locked));
  }

  AuthCode getAuthCode(DomainName domain) throws RegistrarException {
    DomainAuthcode answer =
        api.gateway()
            .call(
                ApiContext.about(domain),
                () -> new DomainGetAuthcodeRequest(ApiContext.selector(domain)));
    return AuthCode.of(answer.authcode().reveal());
  }

  void setPrivacy(DomainName domain, boolean enabled) throws RegistrarException {
    update(domain, DomainUpdateRequest.whoisPrivacy(ApiContext.selector(domain), enabled));
  }

  void setRenewalMode(DomainName domain, RenewalMode mode) throws RegistrarException {
    update(
        domain,
        DomainUpdateRequest.renewalMode(ApiContext.selector(domain), DomainSnapshots.wire(mode)));
  }

  List<DsRecord> listDsRecords(DomainName domain) throws RegistrarException {
    DomainDnssecInfo info =
        api.gateway()
            .call(
                ApiContext.about(domain),
                () -> new DomainGetDnssecRequest(ApiContext.selector(domain)));
    List<DsRecord> records = new ArrayList<>();
    for (DnssecRecord record : info.records()) {
      try {
        records.add(
            DsRecord.of(record.keytag(), record.algorithm(), record.digestType(), record.digest()));
      } catch (InvalidValueException e) {
        api.logger()
            .log(Level.WARNING, () -> "skipping a DS record of " + domain + ": " + e.getMessage());
      }
    }
    return records;
  }

  void addDsRecord(DomainName domain, DsRecord record) throws RegistrarException {
    api.gateway()
        .call(
            ApiContext.about(domain),
            () -> new DomainDnssecCreateRequest(ApiContext.selector(domain), wire(record)));
  }

  void removeDsRecord(DomainName domain, DsRecord record) throws RegistrarException {
    if (!listDsRecords(domain).contains(record)) {
      throw new NotFoundException(
          "the DS record with key tag " + record.keyTag() + " is not published for " + domain,
          null);
    }
    api.gateway()
        .call(
            ApiContext.about(domain),
            () ->
                new DomainDnssecDeleteRequest(
                    ApiContext.selector(domain), domain.ascii(), wire(record)));
  }

  ActionResult performAction(ActionRequest request) throws RegistrarException {
    if (!request.actionId().equals(RESEND_VERIFICATION)) {
      throw NotSupportedException.action(request.actionId());
    }
    DomainName domain = request.domain();
    api.gateway()
        .call(
            ApiContext.about(domain),
            () -> new DomainResendVerificationMailRequest(ApiContext.selector(domain)));
    return new ActionResult("The verification mail was sent to the owner's e-mail address.");
  }

  private void update(DomainName domain, DomainUpdateRequest update) throws RegistrarException {
    api.gateway().send(ApiContext.about(domain), update);
  }

  private static DnssecRecord wire(DsRecord record) {
    DsDigestType type = record.digestType();
    return new DnssecRecord(record.keyTag(), record.algorithm(), type.code(), record.digest());
  }

  private static Ipv4Address requireIpv4(GlueRecord glue) throws InvalidInputException {
    return glue.ipv4Text()
        .map(Ipv4Address::of)
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "ipv4", "is required: DonDominio needs an IPv4 address for every glue record"));
  }

  private void requireGlue(DomainName domain, HostName host) throws RegistrarException {
    boolean present =
        listGlueRecords(domain).stream().anyMatch(record -> record.host().equals(host));
    if (!present) {
      throw new NotFoundException(host + " has no glue record under " + domain, null);
    }
  }

  private static void requireLock(DomainName domain) throws NotSupportedException {
    if (!TldCapabilities.hasTransferLock(domain.tld())) {
      throw NotSupportedException.of(Capability.LOCK, domain.tld());
    }
  }
}
