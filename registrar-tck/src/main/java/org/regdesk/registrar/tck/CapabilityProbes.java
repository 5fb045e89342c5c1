package org.regdesk.registrar.tck;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.operation.DomainListRequest;
import org.regdesk.registrar.spi.operation.RegisterRequest;
import org.regdesk.registrar.spi.operation.RenewRequest;
import org.regdesk.registrar.spi.operation.RestartTransferRequest;
import org.regdesk.registrar.spi.operation.TransferRequest;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.DsRecord;
import org.regdesk.registrar.spi.value.GlueRecord;
import org.regdesk.registrar.spi.value.HostName;
import org.regdesk.registrar.spi.value.Nameservers;
import org.regdesk.registrar.spi.value.Period;
import org.regdesk.registrar.spi.value.RenewalMode;

/**
 * One call of every {@link Registrar} method a capability covers, with plausible arguments, to find
 * out whether the plugin implements it: for undeclared capabilities each must fail as not
 * supported, for declared ones none may.
 */
final class CapabilityProbes {

  /** A DS record with a well-formed SHA-256 digest, published nowhere. */
  static final DsRecord PROBE_DS_RECORD =
      DsRecord.of(40021, 13, 2, "8f5b5fd8f1f8d0a8e5d0c2a6b3e4f1d2c3b4a5968778695a4b3c2d1e0f1a2b3c");

  /** A method of a capability, ready to call. */
  record Probe(Capability capability, String method, Call call) {}

  /** A call of one registrar method. */
  @FunctionalInterface
  interface Call {
    void on(Registrar registrar) throws Exception;
  }

  private CapabilityProbes() {}

  /**
   * The calls of a capability's methods.
   *
   * @param capability the capability
   * @param domain the domain the calls are about
   * @param contacts contacts for that domain
   * @param today today, for the renewal's expiry guard
   * @return the calls; empty for a capability without methods of its own
   */
  static List<Probe> of(
      Capability capability, DomainName domain, Contacts contacts, LocalDate today) {
    HostName host = HostName.of("ns1." + domain.ascii());
    GlueRecord glue = GlueRecord.of(domain, host.ascii(), "192.0.2.53", "2001:db8::53");
    return switch (capability) {
      case AVAILABILITY ->
          List.of(
              probe(capability, "checkAvailability", r -> r.checkAvailability(List.of(domain))));
      case TRANSFER_ELIGIBILITY ->
          List.of(
              probe(
                  capability, "checkTransferEligibility", r -> r.checkTransferEligibility(domain)));
      case REGISTER ->
          List.of(
              probe(
                  capability,
                  "register",
                  r ->
                      r.register(
                          RegisterRequest.builder(domain, Period.ofYears(1), contacts).build())));
      // Premium registration is register() with a price consent; it has no method of its own.
      case PREMIUM_REGISTRATION -> List.of();
      case TRANSFER ->
          List.of(
              probe(capability, "transferStatus", r -> r.transferStatus(domain)),
              probe(
                  capability,
                  "transfer",
                  r ->
                      r.transfer(
                          TransferRequest.builder(domain, AuthCode.of("tck-probe-code"), contacts)
                              .build())));
      case TRANSFER_RESTART ->
          List.of(
              probe(
                  capability,
                  "restartTransfer",
                  r ->
                      r.restartTransfer(
                          new RestartTransferRequest(domain, Optional.empty(), Optional.empty()))));
      case RENEW ->
          List.of(
              probe(
                  capability,
                  "renew",
                  r -> r.renew(new RenewRequest(domain, Period.ofYears(1), today.plusYears(1)))));
      case NAMESERVERS ->
          List.of(
              probe(capability, "getNameservers", r -> r.getNameservers(domain)),
              probe(
                  capability,
                  "setNameservers",
                  r ->
                      r.setNameservers(
                          domain, Nameservers.of("ns1.example.net", "ns2.example.net"))));
      case CONTACTS ->
          List.of(
              probe(capability, "getContacts", r -> r.getContacts(domain)),
              probe(
                  capability,
                  "setContacts",
                  r ->
                      r.setContacts(
                          domain,
                          Contacts.only(
                              ContactRole.ADMIN, contacts.get(ContactRole.ADMIN).orElseThrow()))));
      case GLUE_RECORDS ->
          List.of(
              probe(capability, "listGlueRecords", r -> r.listGlueRecords(domain)),
              probe(capability, "createGlueRecord", r -> r.createGlueRecord(glue)),
              probe(capability, "updateGlueRecord", r -> r.updateGlueRecord(glue)),
              probe(capability, "deleteGlueRecord", r -> r.deleteGlueRecord(domain, host)));
      case LOCK ->
          List.of(
              probe(capability, "getLock", r -> r.getLock(domain)),
              probe(capability, "setLock", r -> r.setLock(domain, true)));
      case AUTH_CODE -> List.of(probe(capability, "getAuthCode", r -> r.getAuthCode(domain)));
      case PRIVACY -> List.of(probe(capability, "setPrivacy", r -> r.setPrivacy(domain, false)));
      case RENEWAL_MODE ->
          List.of(
              probe(
                  capability, "setRenewalMode", r -> r.setRenewalMode(domain, RenewalMode.MANUAL)));
      case DNSSEC ->
          List.of(
              probe(capability, "listDsRecords", r -> r.listDsRecords(domain)),
              probe(capability, "addDsRecord", r -> r.addDsRecord(domain, PROBE_DS_RECORD)),
              probe(capability, "removeDsRecord", r -> r.removeDsRecord(domain, PROBE_DS_RECORD)));
      case LIST_DOMAINS ->
          List.of(
              probe(capability, "listDomains", r -> r.listDomains(DomainListRequest.first(10))));
      case TLD_PRICES -> List.of(probe(capability, "tldPricing", Registrar::tldPricing));
    };
  }

  /** Whether the capability's methods are about one domain, so a TLD can lack it. */
  static boolean isPerDomain(Capability capability) {
    return switch (capability) {
      case AVAILABILITY, LIST_DOMAINS, TLD_PRICES -> false;
      default -> true;
    };
  }

  private static Probe probe(Capability capability, String method, Call call) {
    return new Probe(capability, method, call);
  }
}
