package org.regdesk.registrar.dondominio;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.regdesk.registrar.dondominio.availability.AvailabilityChecker;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.error.RegistrarException;
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
 * The DonDominio registrar: every operation of the contract that DonDominio's API can carry out,
 * for one set of settings. Thread-safe; {@link #close()} stops the availability checks' threads.
 */
final class DonDominioRegistrar implements Registrar {

  private final ApiContext api;
  private final AvailabilityChecker availability;
  private final DomainSnapshots snapshots;
  private final Provisioning provisioning;
  private final DomainManagement management;
  private final DomainListing listing;
  private final AccountReports account;
  private final RecentDomainLookup recent;

  DonDominioRegistrar(ApiContext api, AvailabilityChecker availability) {
    this.api = api;
    this.availability = availability;
    this.snapshots = new DomainSnapshots(api);
    this.provisioning = new Provisioning(api, snapshots, availability);
    this.management = new DomainManagement(api, snapshots);
    this.listing = new DomainListing(api);
    this.account = new AccountReports(api);
    this.recent = new RecentDomainLookup(listing, snapshots);
  }

  @Override
  public ConnectionReport testConnection() {
    return account.testConnection();
  }

  @Override
  public DomainSnapshot getDomain(DomainName domain) throws RegistrarException {
    return snapshots.read(domain);
  }

  @Override
  public Map<DomainName, DomainSnapshot> getDomains(Collection<DomainName> domains)
      throws RegistrarException {
    return recent.lookUp(domains);
  }

  @Override
  public ContactPolicy contactPolicy() {
    return api.settings().contactPolicy();
  }

  @Override
  public List<AvailabilityResult> checkAvailability(List<DomainName> names)
      throws RegistrarException {
    return availability.check(names);
  }

  @Override
  public TransferEligibility checkTransferEligibility(DomainName domain) throws RegistrarException {
    return provisioning.checkTransferEligibility(domain);
  }

  @Override
  public ProvisioningResult register(RegisterRequest request) throws RegistrarException {
    return provisioning.register(request);
  }

  @Override
  public ProvisioningResult transfer(TransferRequest request) throws RegistrarException {
    return provisioning.transfer(request);
  }

  @Override
  public TransferState transferStatus(DomainName domain) throws RegistrarException {
    return provisioning.transferStatus(domain);
  }

  @Override
  public TransferState restartTransfer(RestartTransferRequest request) throws RegistrarException {
    return provisioning.restartTransfer(request);
  }

  @Override
  public ProvisioningResult renew(RenewRequest request) throws RegistrarException {
    return provisioning.renew(request);
  }

  @Override
  public DomainContacts getContacts(DomainName domain) throws RegistrarException {
    return management.getContacts(domain);
  }

  @Override
  public void setContacts(DomainName domain, Contacts contacts) throws RegistrarException {
    management.setContacts(domain, contacts);
  }

  @Override
  public NameserverState getNameservers(DomainName domain) throws RegistrarException {
    return management.getNameservers(domain);
  }

  @Override
  public void setNameservers(DomainName domain, Nameservers nameservers) throws RegistrarException {
    management.setNameservers(domain, nameservers);
  }

  @Override
  public List<GlueRecord> listGlueRecords(DomainName domain) throws RegistrarException {
    return management.listGlueRecords(domain);
  }

  @Override
  public void createGlueRecord(GlueRecord glue) throws RegistrarException {
    management.createGlueRecord(glue);
  }

  @Override
  public void updateGlueRecord(GlueRecord glue) throws RegistrarException {
    management.updateGlueRecord(glue);
  }

  @Override
  public void deleteGlueRecord(DomainName domain, HostName host) throws RegistrarException {
    management.deleteGlueRecord(domain, host);
  }

  @Override
  public boolean getLock(DomainName domain) throws RegistrarException {
    return management.getLock(domain);
  }

  @Override
  public void setLock(DomainName domain, boolean locked) throws RegistrarException {
    management.setLock(domain, locked);
  }

  @Override
  public AuthCode getAuthCode(DomainName domain) throws RegistrarException {
    return management.getAuthCode(domain);
  }

  @Override
  public void setPrivacy(DomainName domain, boolean enabled) throws RegistrarException {
    management.setPrivacy(domain, enabled);
  }

  @Override
  public void setRenewalMode(DomainName domain, RenewalMode mode) throws RegistrarException {
    management.setRenewalMode(domain, mode);
  }

  @Override
  public List<DsRecord> listDsRecords(DomainName domain) throws RegistrarException {
    return management.listDsRecords(domain);
  }

  @Override
  public void addDsRecord(DomainName domain, DsRecord record) throws RegistrarException {
    management.addDsRecord(domain, record);
  }

  @Override
  public void removeDsRecord(DomainName domain, DsRecord record) throws RegistrarException {
    management.removeDsRecord(domain, record);
  }

  @Override
  public DomainPage listDomains(DomainListRequest request) throws RegistrarException {
    return listing.list(request);
  }

  @Override
  public List<TldPricing> tldPricing() throws RegistrarException {
    return account.tldPricing();
  }

  @Override
  public ActionResult performAction(ActionRequest request) throws RegistrarException {
    return management.performAction(request);
  }

  @Override
  public void close() {
    availability.close();
  }

  @Override
  public String toString() {
    return "DonDominioRegistrar[" + api.settings() + "]";
  }
}
