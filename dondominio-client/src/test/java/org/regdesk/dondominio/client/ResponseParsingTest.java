package org.regdesk.dondominio.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regdesk.dondominio.client.testing.Fixtures.fixture;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regdesk.dondominio.client.account.AccountInfo;
import org.regdesk.dondominio.client.account.AccountInfoRequest;
import org.regdesk.dondominio.client.account.AccountZonesRequest;
import org.regdesk.dondominio.client.account.Zone;
import org.regdesk.dondominio.client.contact.ContactCreateRequest;
import org.regdesk.dondominio.client.contact.ContactGetInfoRequest;
import org.regdesk.dondominio.client.contact.ContactInfo;
import org.regdesk.dondominio.client.contact.ContactListRequest;
import org.regdesk.dondominio.client.contact.ContactResendVerificationMailRequest;
import org.regdesk.dondominio.client.contact.ContactSummary;
import org.regdesk.dondominio.client.domain.DeletedDomain;
import org.regdesk.dondominio.client.domain.DomainAuthcode;
import org.regdesk.dondominio.client.domain.DomainCheckForTransferRequest;
import org.regdesk.dondominio.client.domain.DomainCheckForTransferResponse;
import org.regdesk.dondominio.client.domain.DomainCheckRequest;
import org.regdesk.dondominio.client.domain.DomainCheckResponse;
import org.regdesk.dondominio.client.domain.DomainContactInfo;
import org.regdesk.dondominio.client.domain.DomainCreateRequest;
import org.regdesk.dondominio.client.domain.DomainCreateResponse;
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
import org.regdesk.dondominio.client.domain.DomainListInfo;
import org.regdesk.dondominio.client.domain.DomainListRequest;
import org.regdesk.dondominio.client.domain.DomainNameserverInfo;
import org.regdesk.dondominio.client.domain.DomainRenewRequest;
import org.regdesk.dondominio.client.domain.DomainRenewResponse;
import org.regdesk.dondominio.client.domain.DomainResendVerificationMailRequest;
import org.regdesk.dondominio.client.domain.DomainServiceInfo;
import org.regdesk.dondominio.client.domain.DomainStatusInfo;
import org.regdesk.dondominio.client.domain.DomainSummary;
import org.regdesk.dondominio.client.domain.DomainTransferRequest;
import org.regdesk.dondominio.client.domain.DomainTransferResponse;
import org.regdesk.dondominio.client.domain.DomainTransferRestartRequest;
import org.regdesk.dondominio.client.domain.DomainUpdateContactsRequest;
import org.regdesk.dondominio.client.domain.DomainUpdateNameserversRequest;
import org.regdesk.dondominio.client.domain.DomainUpdateRequest;
import org.regdesk.dondominio.client.domain.HistoryEntry;
import org.regdesk.dondominio.client.domain.VerificationMailSent;
import org.regdesk.dondominio.client.error.DonDominioTransportException;
import org.regdesk.dondominio.client.testing.Fixtures;
import org.regdesk.dondominio.client.testing.ScriptedServer;
import org.regdesk.dondominio.client.tool.HelloRequest;
import org.regdesk.dondominio.client.tool.HelloResponse;
import org.regdesk.dondominio.client.tool.IdnConversion;
import org.regdesk.dondominio.client.tool.IdnConverterRequest;
import org.regdesk.dondominio.client.value.AuthCode;
import org.regdesk.dondominio.client.value.ContactChanges;
import org.regdesk.dondominio.client.value.ContactId;
import org.regdesk.dondominio.client.value.ContactRef;
import org.regdesk.dondominio.client.value.ContactRole;
import org.regdesk.dondominio.client.value.ContactType;
import org.regdesk.dondominio.client.value.DnssecRecord;
import org.regdesk.dondominio.client.value.DomainContacts;
import org.regdesk.dondominio.client.value.DomainId;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.DomainSelector;
import org.regdesk.dondominio.client.value.DomainStatus;
import org.regdesk.dondominio.client.value.GlueRecord;
import org.regdesk.dondominio.client.value.HostName;
import org.regdesk.dondominio.client.value.Ipv4Address;
import org.regdesk.dondominio.client.value.Ipv6Address;
import org.regdesk.dondominio.client.value.Money;
import org.regdesk.dondominio.client.value.Nameservers;
import org.regdesk.dondominio.client.value.RenewalMode;
import org.regdesk.dondominio.client.value.VerificationStatus;

/** Reads each action's response from fixtures shaped like the API document's examples. */
class ResponseParsingTest {
  private static final DomainSelector SHOP = DomainSelector.of(DomainName.of("example-shop.com"));
  private static final DomainContacts OWNER_BY_ID =
      DomainContacts.ofOwner(ContactRef.existing("ABC-123456"));

  private final ScriptedServer server = new ScriptedServer();
  private final DonDominioClient client = Fixtures.clientFor(server.endpoint());

  @AfterEach
  void stop() {
    server.close();
  }

  private <R> R answer(String fixtureName, ApiRequest<R> request) {
    server.replyOk(fixture(fixtureName));
    return client.call(request);
  }

  @Test
  void hello() {
    HelloResponse hello = answer("hello", new HelloRequest());
    assertThat(hello).isEqualTo(new HelloResponse("203.0.113.7", "es", "1.0.26"));
  }

  @Test
  void idnConverter() {
    IdnConversion conversion = answer("idnconverter", new IdnConverterRequest("españa.es"));
    assertThat(conversion.punycode()).isEqualTo("xn--espaa-rta.es");
    assertThat(conversion.unicode()).isEqualTo("españa.es");
  }

  @Test
  void accountInfoReadsMoneyExactlyAndIgnoresUnknownFields() {
    AccountInfo info = answer("account-info", new AccountInfoRequest());
    assertThat(info.clientName()).isEqualTo("Hosting Ejemplo S.L.");
    assertThat(info.balance()).isEqualTo(Money.of("1234.56", "EUR"));
    assertThat(info.threshold()).contains(Money.of("100", "EUR"));
    assertThat(info.ip()).isEqualTo("203.0.113.7");
  }

  @Test
  void accountInfoAcceptsTheOlderClientNameSpellingAndAmountsAsStrings() {
    AccountInfo info = answer("account-info-old-spelling", new AccountInfoRequest());
    assertThat(info.clientName()).isEqualTo("Hosting Ejemplo S.L.");
    assertThat(info.balance().amount()).isEqualByComparingTo(new BigDecimal("0.10"));
    assertThat(info.balance().currency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(info.threshold()).isEmpty();
  }

  @Test
  void accountZonesReadsPricesAndYearsInBothForms() {
    Page<Zone> page = answer("account-zones", AccountZonesRequest.all(100));
    assertThat(page.total()).isEqualTo(2);
    Zone com = page.items().get(0);
    assertThat(com.authcodeRequired()).isTrue();
    assertThat(com.create().orElseThrow().years()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(com.transfer().orElseThrow().inPromo()).isTrue();
    Zone comEs = page.items().get(1);
    assertThat(comEs.tld()).isEqualTo("com.es");
    assertThat(comEs.tldTop()).isEqualTo("es");
    assertThat(comEs.authcodeRequired()).isFalse();
    assertThat(comEs.requirements()).containsExactly("es_nif");
    assertThat(comEs.create().orElseThrow().price()).isEqualByComparingTo("6.90");
    assertThat(comEs.create().orElseThrow().years()).containsExactly(1, 2, 3);
    assertThat(comEs.renew()).isEmpty();
  }

  @Test
  void domainCheck() {
    DomainCheckResponse check =
        answer("domain-check", new DomainCheckRequest(DomainName.of("example-shop.com")));
    DomainCheckResponse.Availability first = check.first().orElseThrow();
    assertThat(first.name()).isEqualTo(DomainName.of("example-shop.com"));
    assertThat(first.available()).isTrue();
    assertThat(first.premium()).isFalse();
    assertThat(first.price()).contains(Money.of("9.95", "EUR"));
  }

  @Test
  void domainCheckOfAnIdnWithPriceAsString() {
    DomainCheckResponse.Availability first =
        answer("domain-check-idn", new DomainCheckRequest(DomainName.of("españa.es")))
            .first()
            .orElseThrow();
    assertThat(first.name().ascii()).isEqualTo("xn--espaa-rta.es");
    assertThat(first.name().unicode()).isEqualTo("españa.es");
    assertThat(first.premium()).isTrue();
    assertThat(first.price().orElseThrow().amount()).isEqualByComparingTo("1200");
  }

  @Test
  void checkForTransferReadsReasonsAsListOrSingleString() {
    DomainCheckForTransferResponse.Transferability asList =
        answer(
                "domain-checkfortransfer",
                new DomainCheckForTransferRequest(DomainName.of("example-shop.net")))
            .first()
            .orElseThrow();
    assertThat(asList.transferable()).isFalse();
    assertThat(asList.reasons()).containsExactly("Domain is locked at the current registrar");
    assertThat(asList.price()).contains(Money.of("10.5", "EUR"));

    DomainCheckForTransferResponse.Transferability asString =
        answer(
                "domain-checkfortransfer-string-message",
                new DomainCheckForTransferRequest(DomainName.of("example-shop.net")))
            .first()
            .orElseThrow();
    assertThat(asString.transferable()).isFalse();
    assertThat(asString.reasons()).containsExactly("Domain is locked at the current registrar");
  }

  private DomainCreateRequest createShop() {
    return DomainCreateRequest.builder(DomainName.of("example-shop.com"), OWNER_BY_ID).build();
  }

  @Test
  void domainCreateReadsUnknownExpiryAsEmpty() {
    DomainCreateResponse created = answer("domain-create", createShop());
    assertThat(created.charged()).contains(Money.of("11.5", "EUR"));
    DomainSummary domain = created.first().orElseThrow().domain();
    assertThat(domain.status()).isEqualTo(DomainStatus.REGISTER_INIT);
    assertThat(domain.expiry()).isEmpty();
    assertThat(domain.id()).contains(new DomainId(4711002));
    assertThat(created.first().orElseThrow().period()).contains(1);
  }

  @Test
  void domainCreateAcceptsIdsAndPeriodsAsStrings() {
    DomainCreateResponse created = answer("domain-create-ids-as-strings", createShop());
    assertThat(created.first().orElseThrow().domain().id()).contains(new DomainId(4711002));
    assertThat(created.first().orElseThrow().period()).contains(2);
    assertThat(created.first().orElseThrow().inPromo()).isTrue();
    assertThat(created.charged().orElseThrow().amount()).isEqualByComparingTo("23");
  }

  @Test
  void domainTransfer() {
    DomainTransferResponse transfer =
        answer(
            "domain-transfer",
            DomainTransferRequest.builder(DomainName.of("example-shop.net"), OWNER_BY_ID)
                .authcode(AuthCode.of("abc"))
                .build());
    assertThat(transfer.first().orElseThrow().domain().status())
        .isEqualTo(DomainStatus.TRANSFER_INIT);
    assertThat(transfer.charged()).contains(Money.of("9.95", "EUR"));
  }

  @Test
  void transferRestartToleratesMessagesOnSuccess() {
    DomainSummary summary =
        answer(
            "domain-transferrestart",
            DomainTransferRestartRequest.of(DomainSelector.parse("example-shop.net")));
    assertThat(summary.status()).isEqualTo(DomainStatus.TRANSFER_PENDING);
    assertThat(summary.expiry()).isEmpty();
  }

  @Test
  void domainRenewReadsRenewPeriodGivenAsString() {
    DomainRenewResponse renewed =
        answer("domain-renew", DomainRenewRequest.of(SHOP, LocalDate.of(2026, 3, 1)));
    DomainRenewResponse.RenewedDomain domain = renewed.first().orElseThrow();
    assertThat(domain.renewPeriod()).contains(2);
    assertThat(domain.domain().status()).isEqualTo(DomainStatus.RENEWED);
    assertThat(domain.domain().expiry()).contains(LocalDate.of(2028, 3, 1));
    assertThat(renewed.charged()).contains(Money.of("23.0", "EUR"));
  }

  @Test
  void domainUpdateAnswersTheBaseFields() {
    DomainSummary summary = answer("domain-update", DomainUpdateRequest.block(SHOP, true));
    assertThat(summary)
        .isEqualTo(
            new DomainSummary(
                DomainName.of("example-shop.com"),
                DomainStatus.ACTIVE,
                "com",
                Optional.of(LocalDate.of(2026, 3, 1)),
                Optional.of(new DomainId(4711001))));
  }

  @Test
  void getInfoStatus() {
    DomainStatusInfo status = answer("domain-getinfo-status", DomainGetInfoRequest.status(SHOP));
    assertThat(status.created()).contains(LocalDate.of(2021, 3, 1));
    assertThat(status.renewable()).isTrue();
    assertThat(status.renewalMode()).isEqualTo(RenewalMode.AUTORENEW);
    assertThat(status.transferBlock()).contains(true);
    assertThat(status.authcodeCheck()).isTrue();
    assertThat(status.ownerVerification()).isEqualTo(VerificationStatus.VERIFIED);
    assertThat(status.viewWhois()).isEmpty();
  }

  @Test
  void getInfoStatusOfATldWithoutTransferLockAndWithLooseTypes() {
    DomainStatusInfo status =
        answer("domain-getinfo-status-no-lock", DomainGetInfoRequest.status(SHOP));
    assertThat(status.transferBlock()).as("key absent: TLD has no lock").isEmpty();
    assertThat(status.domain().status()).isEqualTo(DomainStatus.EXPIRED_PENDING_DELETE);
    assertThat(status.domain().id()).contains(new DomainId(4711003));
    assertThat(status.renewable()).isFalse();
    assertThat(status.modifyBlock()).isTrue();
    assertThat(status.whoisPrivacy()).isTrue();
    assertThat(status.viewWhois()).contains(false);
    assertThat(status.renewalMode()).isEqualTo(RenewalMode.UNKNOWN);
    assertThat(status.tag()).contains("vip");
    assertThat(status.ownerVerification()).isEqualTo(VerificationStatus.NOT_APPLICABLE);
  }

  @Test
  void getInfoContacts() {
    DomainContactInfo contacts =
        answer("domain-getinfo-contact", DomainGetInfoRequest.contacts(SHOP));
    ContactInfo owner = contacts.owner().orElseThrow();
    assertThat(owner.id()).contains(ContactId.of("ABC-123456"));
    assertThat(owner.type()).isEqualTo(ContactType.INDIVIDUAL);
    assertThat(owner.phone()).isEqualTo("+34.600111222");
    assertThat(owner.verificationStatus()).isEqualTo(VerificationStatus.VERIFIED);
    assertThat(owner.designatedAgentAccepted()).contains(true);
    assertThat(contacts.billing().orElseThrow().lastName()).isEmpty();
  }

  @Test
  void getInfoNameserversSortedByOrderWithEmptyIpv6AsAbsent() {
    DomainNameserverInfo info =
        answer("domain-getinfo-nameservers", DomainGetInfoRequest.nameservers(SHOP));
    assertThat(info.usesDefaultNameservers()).isFalse();
    assertThat(info.nameservers())
        .containsExactly(
            new DomainNameserverInfo.Nameserver(
                1,
                HostName.of("ns1.example-dns.net"),
                Optional.of(Ipv4Address.of("198.51.100.10")),
                Optional.empty()),
            new DomainNameserverInfo.Nameserver(
                2,
                HostName.of("ns2.example-dns.net"),
                Optional.of(Ipv4Address.of("198.51.100.11")),
                Optional.empty()));
  }

  @Test
  void getNameserversAliasUsesItsOwnPath() {
    answer("domain-getinfo-nameservers", new DomainGetNameserversRequest(SHOP));
    assertThat(server.onlyRequest().path()).isEqualTo("/domain/getnameservers/");
  }

  @Test
  void getAuthcodeMasksTheCodeInToString() {
    DomainAuthcode code = answer("domain-getauthcode", new DomainGetAuthcodeRequest(SHOP));
    assertThat(code.authcode().reveal()).isEqualTo("Zx9!q#Secret-Auth");
    assertThat(code.toString()).doesNotContain("Zx9!q#Secret-Auth");
  }

  @Test
  void getInfoAuthcode() {
    DomainAuthcode code = answer("domain-getauthcode", DomainGetInfoRequest.authcode(SHOP));
    assertThat(code.authcode()).isEqualTo(AuthCode.of("Zx9!q#Secret-Auth"));
    assertThat(server.onlyRequest().param("infoType")).isEqualTo("authcode");
  }

  @Test
  void getGlueRecords() {
    DomainGlueRecords glue = answer("domain-getgluerecords", new DomainGetGlueRecordsRequest(SHOP));
    assertThat(glue.glueRecords()).hasSize(2);
    assertThat(glue.glueRecords().get(0).ipv6()).contains(Ipv6Address.of("2001:db8::10"));
    assertThat(glue.glueRecords().get(1).ipv6()).isEmpty();
    answer("domain-getgluerecords", DomainGetInfoRequest.glueRecords(SHOP));
  }

  @Test
  void getDnssecReadsNumbersGivenAsStrings() {
    DomainDnssecInfo dnssec = answer("domain-getdnssec", new DomainGetDnssecRequest(SHOP));
    assertThat(dnssec.records())
        .containsExactly(new DnssecRecord(12345, 13, 2, "49FD46E6C4B45C55D4AC"));
    assertThat(dnssec.domain().orElseThrow().name()).isEqualTo(DomainName.of("example-shop.com"));
    assertThat(answer("domain-getdnssec", DomainGetInfoRequest.dnssec(SHOP)).records()).hasSize(1);
  }

  @Test
  void getInfoService() {
    DomainServiceInfo service =
        answer("domain-getinfo-service", DomainGetInfoRequest.service(SHOP));
    assertThat(service.service().orElseThrow().text("serviceName")).isEqualTo("hosting-basic");
  }

  @Test
  void domainList() {
    Page<DomainSummary> page = answer("domain-list", DomainListRequest.all());
    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items())
        .extracting(DomainSummary::name)
        .containsExactly(DomainName.of("example-shop.com"), DomainName.of("ejemplo.es"));
    assertThat(page.items().get(1).status()).isEqualTo(DomainStatus.TRANSFER_PENDING);
    assertThat(page.nextPage()).isEmpty();
  }

  @Test
  void domainListWithStatusInfoAcceptsItemsAsObjectAndCountsAsStrings() {
    Page<DomainStatusInfo> page =
        answer("domain-list-status", DomainListRequest.builder().build(DomainListInfo.STATUS));
    assertThat(page.pageLength()).isEqualTo(1000);
    DomainStatusInfo item = page.items().get(0);
    assertThat(item.domain().tld()).isEqualTo("com.es");
    assertThat(item.renewalMode()).isEqualTo(RenewalMode.MANUAL);
    assertThat(item.whoisPrivacy()).isTrue();
    assertThat(item.ownerVerification()).isEqualTo(VerificationStatus.IN_PROCESS);
  }

  @Test
  void listDeleted() {
    DeletedDomain deleted =
        answer("domain-listdeleted", DomainListDeletedRequest.firstPage()).items().get(0);
    assertThat(deleted.name()).isEqualTo(DomainName.of("old-shop.com"));
    assertThat(deleted.deleted().dateTime()).contains(LocalDateTime.of(2024, 2, 3, 10, 11, 12));
    assertThat(deleted.info()).isEqualTo("Expired");
  }

  @Test
  void historyKeepsTimestampsInUnknownFormatsAsText() {
    List<HistoryEntry> history =
        answer("domain-gethistory", DomainGetHistoryRequest.of(SHOP)).items();
    assertThat(history.get(0).title()).isEqualTo("Renew");
    assertThat(history.get(0).timestamp().dateTime()).isPresent();
    assertThat(history.get(1).timestamp().text()).isEqualTo("weird");
    assertThat(history.get(1).timestamp().dateTime()).isEmpty();
  }

  @Test
  void contactList() {
    ContactSummary contact = answer("contact-list", ContactListRequest.all()).items().get(0);
    assertThat(contact.id()).isEqualTo(ContactId.of("ABC-123456"));
    assertThat(contact.type()).isEqualTo(ContactType.ORGANIZATION);
    assertThat(contact.verificationStatus()).isEqualTo(VerificationStatus.FAILED);
    assertThat(contact.designatedAgentAccepted()).contains(true);
  }

  @Test
  void contactGetInfo() {
    ContactInfo contact =
        answer("contact-getinfo", new ContactGetInfoRequest(ContactId.of("ABC-123456")));
    assertThat(contact.email()).isEqualTo("ana@example.org");
    assertThat(contact.fax()).isEmpty();
    assertThat(contact.designatedAgentAccepted()).contains(false);
    assertThat(contact.verificationStatus()).isEqualTo(VerificationStatus.IN_PROCESS);
  }

  @Test
  void contactCreateReturnsTheNewId() {
    ContactInfo created =
        answer("contact-create", new ContactCreateRequest(WireFormatGoldenTest.acmeSl()));
    assertThat(created.id()).contains(ContactId.of("ACM-7654321"));
  }

  @Test
  void resendCallsTolerateAnEmptyArrayAsResponseData() {
    VerificationMailSent sent =
        answer("resend-empty-array", new DomainResendVerificationMailRequest(SHOP));
    assertThat(sent.domain()).isEmpty();
    assertThat(
            answer(
                    "resend-empty-array",
                    new ContactResendVerificationMailRequest(ContactId.of("ABC-1")))
                .contactId())
        .isEmpty();
  }

  @Test
  void everyUpdateTypeAndTheUpdateAliasesAnswerTheBaseFields() {
    List<ApiRequest<DomainSummary>> updates =
        List.of(
            DomainUpdateRequest.contacts(
                SHOP, ContactChanges.of(ContactRole.ADMIN, ContactRef.existing("ABC-1"))),
            DomainUpdateRequest.nameservers(
                SHOP, Nameservers.hosts("ns1.example-dns.net", "ns2.example-dns.net")),
            DomainUpdateRequest.transferBlock(SHOP, true),
            DomainUpdateRequest.block(SHOP, true),
            DomainUpdateRequest.whoisPrivacy(SHOP, true),
            DomainUpdateRequest.renewalMode(SHOP, RenewalMode.MANUAL),
            DomainUpdateRequest.tag(SHOP, "vip"),
            DomainUpdateRequest.viewWhois(SHOP, false),
            new DomainUpdateNameserversRequest(SHOP, Nameservers.dondominioDefault()),
            new DomainUpdateContactsRequest(
                SHOP, ContactChanges.of(ContactRole.OWNER, ContactRef.existing("ABC-1"))));
    for (ApiRequest<DomainSummary> update : updates) {
      assertThat(answer("domain-update", update).id()).contains(new DomainId(4711001));
    }
  }

  @Test
  void glueRecordChangesAnswerTheNewGlueState() {
    HostName ns1 = HostName.of("ns1.example-shop.com");
    Ipv4Address ip = Ipv4Address.of("198.51.100.10");
    List<ApiRequest<DomainGlueRecords>> changes =
        List.of(
            DomainGlueRecordCreateRequest.of(SHOP, ns1, ip),
            DomainGlueRecordUpdateRequest.of(SHOP, ns1, ip),
            new DomainGlueRecordDeleteRequest(SHOP, ns1));
    for (ApiRequest<DomainGlueRecords> change : changes) {
      assertThat(answer("domain-getgluerecords", change).glueRecords())
          .extracting(GlueRecord::name)
          .contains(ns1);
    }
  }

  @Test
  void dnssecChangesTolerateAnUndocumentedAnswer() {
    DnssecRecord record = new DnssecRecord(12345, 13, 2, "49fd46e6c4b45c55d4ac");
    DomainDnssecInfo created =
        answer("domain-getdnssec", new DomainDnssecCreateRequest(SHOP, record));
    assertThat(created.records()).containsExactly(record);
    server.replyOk(Fixtures.success("domain/dnssecdelete", "[]"));
    DomainDnssecInfo deleted =
        client.call(new DomainDnssecDeleteRequest(SHOP, "ns1.example-dns.net", record));
    assertThat(deleted.domain()).isEmpty();
    assertThat(deleted.records()).isEmpty();
  }

  @Test
  void unreadableValuesAreReportedAsUnexpectedData() {
    for (String bad :
        List.of(
            "{\"name\":\"example-shop.com\",\"tsExpir\":\"01/03/2026\"}",
            "{\"name\":\"example-shop.com\",\"domainID\":\"abc\"}",
            "{\"name\":\"bad name!\"}",
            "{\"name\":\"example-shop.com\",\"renewable\":\"maybe\"}")) {
      server.replyOk(Fixtures.success("domain/getinfo", bad));
      assertThatThrownBy(() -> client.call(DomainGetInfoRequest.status(SHOP)))
          .isInstanceOfSatisfying(
              DonDominioTransportException.class,
              e ->
                  assertThat(e.kind())
                      .isEqualTo(DonDominioTransportException.Kind.UNEXPECTED_RESPONSE_DATA));
    }
  }

  @Test
  void missingRequiredDataIsReportedNamingTheFieldNotItsValue() {
    server.replyOk(Fixtures.success("domain/getauthcode", "{\"name\":\"example-shop.com\"}"));
    assertThatThrownBy(() -> client.call(new DomainGetAuthcodeRequest(SHOP)))
        .isInstanceOfSatisfying(
            DonDominioTransportException.class,
            e -> {
              assertThat(e.kind())
                  .isEqualTo(DonDominioTransportException.Kind.UNEXPECTED_RESPONSE_DATA);
              assertThat(e.getMessage()).contains("responseData.authcode is missing");
              assertThat(e.mayHaveReachedServer()).isTrue();
            });
    assertThat(server.received()).as("not retried: the server would answer the same").hasSize(1);
  }
}
