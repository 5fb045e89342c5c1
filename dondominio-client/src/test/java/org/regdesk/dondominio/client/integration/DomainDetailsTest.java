package org.regdesk.dondominio.client.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.anaOwns;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.clientFor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.Paging;
import org.regdesk.dondominio.client.domain.DeletedDomain;
import org.regdesk.dondominio.client.domain.DomainAuthcode;
import org.regdesk.dondominio.client.domain.DomainContactInfo;
import org.regdesk.dondominio.client.domain.DomainCreateRequest;
import org.regdesk.dondominio.client.domain.DomainDnssecCreateRequest;
import org.regdesk.dondominio.client.domain.DomainDnssecDeleteRequest;
import org.regdesk.dondominio.client.domain.DomainDnssecInfo;
import org.regdesk.dondominio.client.domain.DomainGetAuthcodeRequest;
import org.regdesk.dondominio.client.domain.DomainGetDnssecRequest;
import org.regdesk.dondominio.client.domain.DomainGetGlueRecordsRequest;
import org.regdesk.dondominio.client.domain.DomainGetHistoryRequest;
import org.regdesk.dondominio.client.domain.DomainGetInfoRequest;
import org.regdesk.dondominio.client.domain.DomainGetNameserversRequest;
import org.regdesk.dondominio.client.domain.DomainGlueRecordCreateRequest;
import org.regdesk.dondominio.client.domain.DomainGlueRecordDeleteRequest;
import org.regdesk.dondominio.client.domain.DomainGlueRecordUpdateRequest;
import org.regdesk.dondominio.client.domain.DomainGlueRecords;
import org.regdesk.dondominio.client.domain.DomainListDeletedRequest;
import org.regdesk.dondominio.client.domain.DomainNameserverInfo;
import org.regdesk.dondominio.client.domain.DomainResendVerificationMailRequest;
import org.regdesk.dondominio.client.domain.DomainServiceInfo;
import org.regdesk.dondominio.client.domain.DomainStatusInfo;
import org.regdesk.dondominio.client.domain.DomainUpdateNameserversRequest;
import org.regdesk.dondominio.client.domain.DomainUpdateRequest;
import org.regdesk.dondominio.client.domain.HistoryEntry;
import org.regdesk.dondominio.client.domain.VerificationMailSent;
import org.regdesk.dondominio.client.error.DomainNotFoundException;
import org.regdesk.dondominio.client.error.DomainUpdateException;
import org.regdesk.dondominio.client.testing.ActionSamples;
import org.regdesk.dondominio.client.testing.SandboxFixtures;
import org.regdesk.dondominio.client.value.DnssecRecord;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.DomainSelector;
import org.regdesk.dondominio.client.value.DomainStatus;
import org.regdesk.dondominio.client.value.GlueRecord;
import org.regdesk.dondominio.client.value.HostName;
import org.regdesk.dondominio.client.value.Ipv4Address;
import org.regdesk.dondominio.client.value.Ipv6Address;
import org.regdesk.dondominio.client.value.Nameservers;
import org.regdesk.dondominio.client.value.RenewalMode;
import org.regdesk.dondominio.client.value.VerificationStatus;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;

/**
 * Every {@code domain/getinfo} info type and its getter aliases, glue records, DNSSEC, the
 * verification mail, history and deleted domains.
 */
class DomainDetailsTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxFixtures.sandbox().build();

  private static final String NAME = "regdesk-details.com";
  private static final DomainSelector DOMAIN = DomainSelector.parse(NAME);
  private static final HostName NS1 = HostName.of("ns1." + NAME);

  private final Sandbox sandbox = SANDBOX.get();
  private final DonDominioClient client = clientFor(sandbox);

  @BeforeEach
  void anActiveDomain() {
    client.call(DomainCreateRequest.builder(DomainName.of(NAME), anaOwns()).build());
    sandbox.advanceClock(Duration.ofDays(1));
  }

  @Test
  void statusCarriesDatesLocksAndSettings() {
    DomainStatusInfo status = client.call(DomainGetInfoRequest.status(DOMAIN));

    assertThat(status.domain().status()).isEqualTo(DomainStatus.ACTIVE);
    assertThat(status.created()).isPresent();
    assertThat(status.domain().expiry()).isPresent();
    assertThat(status.renewalMode()).isNotEqualTo(RenewalMode.UNKNOWN);
    assertThat(status.ownerVerification()).isNotEqualTo(VerificationStatus.UNKNOWN);
    assertThat(status.transferBlock()).isPresent();
    assertThat(status.modifyBlock()).isFalse();
  }

  @Test
  void contactInfoGivesAllFourRoles() {
    DomainContactInfo contacts = client.call(DomainGetInfoRequest.contacts(DOMAIN));

    assertThat(contacts.owner())
        .hasValueSatisfying(o -> assertThat(o.firstName()).isEqualTo("Ana"));
    assertThat(contacts.owner().orElseThrow().email()).isEqualTo("ana@example.org");
    assertThat(contacts.owner().orElseThrow().phone()).isEqualTo("+34.600111222");
    assertThat(contacts.admin()).isPresent();
    assertThat(contacts.tech()).isPresent();
    assertThat(contacts.billing()).isPresent();
  }

  @Test
  void authcodeThroughGetinfoAndGetauthcodeIsTheDomainsCodeAndNeverPrinted() {
    String code = sandbox.domainState(NAME).orElseThrow().path("authcode").asString();

    DomainAuthcode viaInfo = client.call(DomainGetInfoRequest.authcode(DOMAIN));
    DomainAuthcode viaGetter = client.call(new DomainGetAuthcodeRequest(DOMAIN));

    assertThat(viaInfo.authcode().reveal()).isEqualTo(code);
    assertThat(viaGetter.authcode().reveal()).isEqualTo(code);
    assertThat(viaGetter.domain().name()).isEqualTo(DomainName.of(NAME));
    assertThat(viaInfo.toString()).doesNotContain(code);
  }

  @Test
  void serviceInfoIsReadable() {
    DomainServiceInfo service = client.call(DomainGetInfoRequest.service(DOMAIN));

    assertThat(service.domain().name()).isEqualTo(DomainName.of(NAME));
  }

  @Test
  void nameserversThroughGetinfoAndGetnameserversAgree() {
    client.call(
        new DomainUpdateNameserversRequest(
            DOMAIN, Nameservers.hosts("ns1.example-dns.net", "ns2.example-dns.net")));

    DomainNameserverInfo viaInfo = client.call(DomainGetInfoRequest.nameservers(DOMAIN));
    DomainNameserverInfo viaGetter = client.call(new DomainGetNameserversRequest(DOMAIN));

    assertThat(viaGetter.nameservers()).isEqualTo(viaInfo.nameservers());
    assertThat(viaGetter.nameservers())
        .extracting(n -> n.name().ascii())
        .containsExactly("ns1.example-dns.net", "ns2.example-dns.net");
  }

  @Test
  void glueRecordsAreCreatedUpdatedAndDeletedAndEachAnswerShowsTheNewState() {
    DomainGlueRecords created =
        client.call(DomainGlueRecordCreateRequest.of(DOMAIN, NS1, Ipv4Address.of("198.51.100.10")));
    assertThat(created.glueRecords())
        .containsExactly(
            new GlueRecord(NS1, Optional.of(Ipv4Address.of("198.51.100.10")), Optional.empty()));

    DomainGlueRecords updated =
        client.call(
            new DomainGlueRecordUpdateRequest(
                DOMAIN,
                NS1,
                Ipv4Address.of("198.51.100.11"),
                Optional.of(Ipv6Address.of("2001:db8::53"))));
    GlueRecord expected =
        new GlueRecord(
            NS1,
            Optional.of(Ipv4Address.of("198.51.100.11")),
            Optional.of(Ipv6Address.of("2001:db8::53")));
    assertThat(updated.glueRecords()).containsExactly(expected);
    assertThat(client.call(new DomainGetGlueRecordsRequest(DOMAIN)).glueRecords())
        .containsExactly(expected);
    assertThat(client.call(DomainGetInfoRequest.glueRecords(DOMAIN)).glueRecords())
        .containsExactly(expected);

    DomainGlueRecords deleted = client.call(new DomainGlueRecordDeleteRequest(DOMAIN, NS1));
    assertThat(deleted.glueRecords()).isEmpty();
  }

  @Test
  void deletingAGlueRecordThatDoesNotExistIs2200() {
    DomainUpdateException e =
        catchThrowableOfType(
            DomainUpdateException.class,
            () -> client.call(new DomainGlueRecordDeleteRequest(DOMAIN, NS1)));

    assertThat(e.errorCode()).isEqualTo(2200);
    assertThat(e.action()).isEqualTo("domain/gluerecorddelete");
    assertThat(e.messages()).isNotEmpty();
  }

  @Test
  void dnssecRecordsAreAddedListedAndRemoved() {
    DnssecRecord ds = ActionSamples.DS_RECORD;

    DomainDnssecInfo added = client.call(new DomainDnssecCreateRequest(DOMAIN, ds));
    assertThat(added.records()).containsExactly(ds);
    assertThat(client.call(new DomainGetDnssecRequest(DOMAIN)).records()).containsExactly(ds);
    assertThat(client.call(DomainGetInfoRequest.dnssec(DOMAIN)).records()).containsExactly(ds);

    DomainDnssecInfo removed =
        client.call(new DomainDnssecDeleteRequest(DOMAIN, "ns1.example-dns.net", ds));
    assertThat(removed.records()).isEmpty();
    assertThat(client.call(new DomainGetDnssecRequest(DOMAIN)).records()).isEmpty();
  }

  @Test
  void theOwnerVerificationMailCanBeResent() {
    VerificationMailSent sent = client.call(new DomainResendVerificationMailRequest(DOMAIN));

    sent.domain().ifPresent(d -> assertThat(d.name()).isEqualTo(DomainName.of(NAME)));
  }

  @Test
  void historyListsTheOperationsPageByPage() {
    client.call(DomainUpdateRequest.tag(DOMAIN, "one"));
    client.call(DomainUpdateRequest.tag(DOMAIN, "two"));
    client.call(DomainUpdateRequest.whoisPrivacy(DOMAIN, true));
    int total = client.page(DomainGetHistoryRequest.of(DOMAIN), 1).total();
    assertThat(total).isGreaterThanOrEqualTo(4);

    List<HistoryEntry> history = new ArrayList<>();
    client
        .iterate(new DomainGetHistoryRequest(DOMAIN, Paging.ofLength(2)))
        .forEachRemaining(history::add);

    assertThat(history).hasSize(total);
    assertThat(history).allSatisfy(h -> assertThat(h.timestamp().dateTime()).isPresent());
    assertThat(history).anySatisfy(h -> assertThat(h.user()).isEqualTo(sandbox.apiUser()));
  }

  @Test
  void aDomainLeftToExpireIsDeletedAndListedAsDeleted() {
    client.call(DomainUpdateRequest.renewalMode(DOMAIN, RenewalMode.LET_EXPIRE));
    int deletedBefore = client.page(DomainListDeletedRequest.firstPage(), 1).total();

    sandbox.advanceClock(Duration.ofDays(366 + 30));
    assertThat(client.call(DomainGetInfoRequest.status(DOMAIN)).domain().status().isExpired())
        .isTrue();
    sandbox.advanceClock(Duration.ofDays(70));

    catchThrowableOfType(
        DomainNotFoundException.class, () -> client.call(DomainGetInfoRequest.status(DOMAIN)));
    List<DeletedDomain> deleted = new ArrayList<>();
    client.iterate(DomainListDeletedRequest.firstPage()).forEachRemaining(deleted::add);
    assertThat(deleted).hasSize(deletedBefore + 1);
    assertThat(deleted)
        .filteredOn(d -> d.name().equals(DomainName.of(NAME)))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.tld()).isEqualTo("com");
              assertThat(d.deleted().dateTime()).isPresent();
            });
  }

  @Test
  void deletedDomainsArePaged() {
    List<DeletedDomain> all = new ArrayList<>();
    client.iterate(new DomainListDeletedRequest(Paging.ofLength(1))).forEachRemaining(all::add);

    assertThat(all).hasSize(client.page(DomainListDeletedRequest.firstPage(), 1).total());
  }
}
