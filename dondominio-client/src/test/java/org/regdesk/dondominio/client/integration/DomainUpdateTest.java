package org.regdesk.dondominio.client.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.anaOwns;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.callsOf;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.clientFor;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.luc;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.contact.ContactCreateRequest;
import org.regdesk.dondominio.client.contact.ContactInfo;
import org.regdesk.dondominio.client.domain.DomainContactInfo;
import org.regdesk.dondominio.client.domain.DomainCreateRequest;
import org.regdesk.dondominio.client.domain.DomainGetInfoRequest;
import org.regdesk.dondominio.client.domain.DomainNameserverInfo;
import org.regdesk.dondominio.client.domain.DomainStatusInfo;
import org.regdesk.dondominio.client.domain.DomainSummary;
import org.regdesk.dondominio.client.domain.DomainUpdateContactsRequest;
import org.regdesk.dondominio.client.domain.DomainUpdateNameserversRequest;
import org.regdesk.dondominio.client.domain.DomainUpdateRequest;
import org.regdesk.dondominio.client.error.ContactException;
import org.regdesk.dondominio.client.error.DomainUpdateException;
import org.regdesk.dondominio.client.testing.SandboxFixtures;
import org.regdesk.dondominio.client.value.ContactChanges;
import org.regdesk.dondominio.client.value.ContactRef;
import org.regdesk.dondominio.client.value.ContactRole;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.DomainSelector;
import org.regdesk.dondominio.client.value.DomainStatus;
import org.regdesk.dondominio.client.value.HostName;
import org.regdesk.dondominio.client.value.Nameservers;
import org.regdesk.dondominio.client.value.RenewalMode;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;

/** Every {@code domain/update} type, {@code updatenameservers} and {@code updatecontacts}. */
class DomainUpdateTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxFixtures.sandbox().build();

  private static final String NAME = "regdesk-update.com";
  private static final DomainSelector DOMAIN = DomainSelector.parse(NAME);

  private final Sandbox sandbox = SANDBOX.get();
  private final DonDominioClient client = clientFor(sandbox);

  @BeforeEach
  void anActiveDomain() {
    client.call(DomainCreateRequest.builder(DomainName.of(NAME), anaOwns()).build());
    sandbox.advanceClock(Duration.ofDays(1));
  }

  private DomainStatusInfo status() {
    return client.call(DomainGetInfoRequest.status(DOMAIN));
  }

  private static void isTheDomain(DomainSummary answer) {
    assertThat(answer.name()).isEqualTo(DomainName.of(NAME));
    assertThat(answer.status()).isEqualTo(DomainStatus.ACTIVE);
    assertThat(answer.tld()).isEqualTo("com");
    assertThat(answer.expiry()).isPresent();
    assertThat(answer.id()).isPresent();
  }

  @Test
  void transferBlockTurnsTheRegistrarLockOffAndOn() {
    assertThat(status().transferBlock()).contains(true);

    isTheDomain(client.call(DomainUpdateRequest.transferBlock(DOMAIN, false)));
    assertThat(status().transferBlock()).contains(false);

    client.call(DomainUpdateRequest.transferBlock(DOMAIN, true));
    assertThat(status().transferBlock()).contains(true);
  }

  @Test
  void aTldWithoutATransferLockOmitsTheFlagAndRefusesTheUpdateWith2201() {
    client.call(DomainCreateRequest.builder(DomainName.of("regdesk-update.es"), anaOwns()).build());
    DomainSelector es = DomainSelector.parse("regdesk-update.es");
    assertThat(client.call(DomainGetInfoRequest.status(es)).transferBlock()).isEmpty();

    DomainUpdateException.NotAllowed e =
        catchThrowableOfType(
            DomainUpdateException.NotAllowed.class,
            () -> client.call(DomainUpdateRequest.transferBlock(es, true)));

    assertThat(e.errorCode()).isEqualTo(2201);
    assertThat(e.action()).isEqualTo("domain/update");
    assertThat(e.messages()).isNotEmpty();
  }

  @Test
  void theModificationLockBlocksEveryOtherUpdateWith2202UntilLifted() {
    isTheDomain(client.call(DomainUpdateRequest.block(DOMAIN, true)));
    assertThat(status().modifyBlock()).isTrue();

    DomainUpdateException.Blocked e =
        catchThrowableOfType(
            DomainUpdateException.Blocked.class,
            () -> client.call(DomainUpdateRequest.whoisPrivacy(DOMAIN, true)));
    assertThat(e.errorCode()).isEqualTo(2202);
    assertThat(e.action()).isEqualTo("domain/update");
    assertThat(e.messages()).isNotEmpty();
    DomainUpdateException.Blocked ns =
        catchThrowableOfType(
            DomainUpdateException.Blocked.class,
            () ->
                client.call(
                    new DomainUpdateNameserversRequest(DOMAIN, Nameservers.dondominioDefault())));
    assertThat(ns.action()).isEqualTo("domain/updatenameservers");
    assertThat(status().whoisPrivacy()).isFalse();

    client.call(DomainUpdateRequest.block(DOMAIN, false));
    client.call(DomainUpdateRequest.whoisPrivacy(DOMAIN, true));
    assertThat(status().whoisPrivacy()).isTrue();
  }

  @Test
  void whoisPrivacyAndViewWhoisAreSetIndependently() {
    client.call(DomainUpdateRequest.whoisPrivacy(DOMAIN, true));
    client.call(DomainUpdateRequest.viewWhois(DOMAIN, false));

    DomainStatusInfo status = status();
    assertThat(status.whoisPrivacy()).isTrue();
    assertThat(status.viewWhois()).contains(false);

    client.call(DomainUpdateRequest.whoisPrivacy(DOMAIN, false));
    assertThat(status().whoisPrivacy()).isFalse();
    assertThat(status().viewWhois()).contains(false);
  }

  @Test
  void renewalModeTakesEachMode() {
    for (RenewalMode mode :
        new RenewalMode[] {RenewalMode.LET_EXPIRE, RenewalMode.MANUAL, RenewalMode.AUTORENEW}) {
      isTheDomain(client.call(DomainUpdateRequest.renewalMode(DOMAIN, mode)));
      assertThat(status().renewalMode()).isEqualTo(mode);
    }
  }

  @Test
  void tagStoresFreeTextWithCommas() {
    client.call(DomainUpdateRequest.tag(DOMAIN, "client-a,vip"));

    assertThat(status().tag()).contains("client-a,vip");
  }

  @Test
  void nameserversThroughUpdateAndThroughUpdateNameservers() {
    client.call(
        DomainUpdateRequest.nameservers(
            DOMAIN,
            Nameservers.hosts(
                "ns1.example-dns.net", "ns2.example-dns.net", "ns3.example-dns.net")));
    DomainNameserverInfo three = client.call(DomainGetInfoRequest.nameservers(DOMAIN));
    assertThat(three.nameservers())
        .extracting(n -> n.name())
        .containsExactly(
            HostName.of("ns1.example-dns.net"),
            HostName.of("ns2.example-dns.net"),
            HostName.of("ns3.example-dns.net"));
    assertThat(three.nameservers()).extracting(n -> n.order()).containsExactly(1, 2, 3);

    isTheDomain(
        client.call(new DomainUpdateNameserversRequest(DOMAIN, Nameservers.dondominioDefault())));
    DomainNameserverInfo hosting = client.call(DomainGetInfoRequest.nameservers(DOMAIN));
    assertThat(hosting.usesDefaultNameservers()).isTrue();
    assertThat(hosting.nameservers()).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void contactsThroughUpdateAndThroughUpdateContactsChangeOnlyTheRolesSent() {
    ContactInfo owner = client.call(DomainGetInfoRequest.contacts(DOMAIN)).owner().orElseThrow();
    ContactInfo lucContact = client.call(new ContactCreateRequest(luc()));

    client.call(
        DomainUpdateRequest.contacts(
            DOMAIN,
            ContactChanges.of(
                ContactRole.ADMIN, ContactRef.existing(lucContact.id().orElseThrow()))));
    DomainContactInfo afterAdmin = client.call(DomainGetInfoRequest.contacts(DOMAIN));
    assertThat(afterAdmin.admin().flatMap(ContactInfo::id)).isEqualTo(lucContact.id());
    assertThat(afterAdmin.owner().flatMap(ContactInfo::id)).isEqualTo(owner.id());

    isTheDomain(
        client.call(
            new DomainUpdateContactsRequest(
                DOMAIN,
                ContactChanges.of(ContactRole.TECH, ContactRef.inline(luc()))
                    .and(
                        ContactRole.BILLING, ContactRef.existing(lucContact.id().orElseThrow())))));
    DomainContactInfo afterBoth = client.call(DomainGetInfoRequest.contacts(DOMAIN));
    assertThat(afterBoth.tech().map(ContactInfo::lastName)).contains("Martin");
    assertThat(afterBoth.billing().flatMap(ContactInfo::id)).isEqualTo(lucContact.id());
    assertThat(afterBoth.owner().flatMap(ContactInfo::id)).isEqualTo(owner.id());
  }

  @Test
  void anUpdateOfAnUnknownContactIs3001AndChangesNothing() {
    ContactInfo admin = client.call(DomainGetInfoRequest.contacts(DOMAIN)).admin().orElseThrow();

    ContactException.NotFound e =
        catchThrowableOfType(
            ContactException.NotFound.class,
            () ->
                client.call(
                    new DomainUpdateContactsRequest(
                        DOMAIN,
                        ContactChanges.of(ContactRole.ADMIN, ContactRef.existing("ZZZ-999999")))));

    assertThat(e.errorCode()).isEqualTo(3001);
    assertThat(e.action()).isEqualTo("domain/updatecontacts");
    assertThat(client.call(DomainGetInfoRequest.contacts(DOMAIN)).admin().flatMap(ContactInfo::id))
        .isEqualTo(admin.id());
  }

  @Test
  void updatesAreWritesAndAreSentOnce() {
    client.call(DomainUpdateRequest.tag(DOMAIN, "once"));

    assertThat(callsOf(sandbox, "domain/update")).hasSize(1);
    assertThat(callsOf(sandbox, "domain/update").get(0).parameters())
        .containsEntry("updateType", "tag")
        .containsEntry("tag", "once");
  }
}
