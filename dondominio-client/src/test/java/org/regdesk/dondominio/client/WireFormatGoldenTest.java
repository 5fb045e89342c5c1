package org.regdesk.dondominio.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regdesk.dondominio.client.account.AccountZonesRequest;
import org.regdesk.dondominio.client.contact.ContactCreateRequest;
import org.regdesk.dondominio.client.contact.ContactListRequest;
import org.regdesk.dondominio.client.domain.DomainCheckRequest;
import org.regdesk.dondominio.client.domain.DomainCreateRequest;
import org.regdesk.dondominio.client.domain.DomainDnssecCreateRequest;
import org.regdesk.dondominio.client.domain.DomainGetInfoRequest;
import org.regdesk.dondominio.client.domain.DomainGlueRecordCreateRequest;
import org.regdesk.dondominio.client.domain.DomainListInfo;
import org.regdesk.dondominio.client.domain.DomainListRequest;
import org.regdesk.dondominio.client.domain.DomainRenewRequest;
import org.regdesk.dondominio.client.domain.DomainTransferRequest;
import org.regdesk.dondominio.client.domain.DomainUpdateContactsRequest;
import org.regdesk.dondominio.client.domain.DomainUpdateNameserversRequest;
import org.regdesk.dondominio.client.domain.DomainUpdateRequest;
import org.regdesk.dondominio.client.error.DonDominioTransportException;
import org.regdesk.dondominio.client.testing.Fixtures;
import org.regdesk.dondominio.client.testing.ScriptedServer;
import org.regdesk.dondominio.client.value.AuthCode;
import org.regdesk.dondominio.client.value.ContactChanges;
import org.regdesk.dondominio.client.value.ContactData;
import org.regdesk.dondominio.client.value.ContactRef;
import org.regdesk.dondominio.client.value.ContactRole;
import org.regdesk.dondominio.client.value.ContactType;
import org.regdesk.dondominio.client.value.DnssecRecord;
import org.regdesk.dondominio.client.value.DomainContacts;
import org.regdesk.dondominio.client.value.DomainId;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.DomainSelector;
import org.regdesk.dondominio.client.value.DomainStatus;
import org.regdesk.dondominio.client.value.FoaContact;
import org.regdesk.dondominio.client.value.HostName;
import org.regdesk.dondominio.client.value.Ipv4Address;
import org.regdesk.dondominio.client.value.Ipv6Address;
import org.regdesk.dondominio.client.value.Nameservers;
import org.regdesk.dondominio.client.value.Period;
import org.regdesk.dondominio.client.value.RenewalMode;
import org.regdesk.dondominio.client.value.TldExtraField;
import org.regdesk.dondominio.client.value.TldExtras;
import org.regdesk.dondominio.client.value.VerificationStatus;

/**
 * Pins the exact request body of each request shape against a golden file under {@code
 * src/test/resources/golden}: the first line is the URL path, then one urlencoded {@code
 * name=value} pair per line, in wire order.
 */
class WireFormatGoldenTest {
  private static final DomainSelector SHOP = DomainSelector.of(DomainName.of("example-shop.com"));
  private static final DomainSelector BY_ID = DomainSelector.of(new DomainId(4711001));

  private final ScriptedServer server = new ScriptedServer();
  private final DonDominioClient client = Fixtures.clientFor(server.endpoint());

  @AfterEach
  void stop() {
    server.close();
  }

  static ContactData anaGarcia() {
    return ContactData.builder()
        .type(ContactType.INDIVIDUAL)
        .firstName("Ana")
        .lastName("García")
        .identNumber("12345678Z")
        .email("ana@example.org")
        .phone("+34.600111222")
        .address("Calle Mayor 1\r\n2º B")
        .postalCode("08001")
        .city("Barcelona")
        .state("Barcelona")
        .country("es")
        .build();
  }

  static ContactData acmeSl() {
    return ContactData.builder()
        .type(ContactType.ORGANIZATION)
        .firstName("Luis")
        .lastName("Pérez")
        .orgName("Acme Soluciones S.L.")
        .orgType("612")
        .identNumber("B12345678")
        .email("admin@acme.example")
        .phone("+34.912345678")
        .fax("+34.912345679")
        .address("Gran Vía 28")
        .postalCode("28013")
        .city("Madrid")
        .state("Madrid")
        .country("ES")
        .build();
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("domain-check", new DomainCheckRequest(DomainName.of("España.es"))),
        Arguments.of(
            "domain-create-inline-owner",
            DomainCreateRequest.builder(
                    DomainName.of("example-shop.com"),
                    DomainContacts.ofOwner(ContactRef.inline(anaGarcia()))
                        .withAdmin(ContactRef.existing("ABC-123456"))
                        .withTech(ContactRef.existing("tec-77"))
                        .withBilling(ContactRef.existing("ABC-123456")))
                .period(Period.ofYears(2))
                .premium(true)
                .nameservers(Nameservers.hosts("ns1.example-dns.net", "NS2.example-dns.net"))
                .extras(
                    TldExtras.builder()
                        .ownerDateOfBirth(LocalDate.of(1980, 5, 17))
                        .flag(TldExtraField.JOBS_OWNER_IS_ASSOC_MEMBER, false)
                        .build())
                .build()),
        Arguments.of(
            "domain-create-organization",
            DomainCreateRequest.builder(
                    DomainName.of("acme.es"), DomainContacts.ofOwner(ContactRef.inline(acmeSl())))
                .nameservers(Nameservers.parking())
                .build()),
        Arguments.of(
            "domain-transfer-authcode-keepns",
            DomainTransferRequest.builder(
                    DomainName.of("example-shop.net"),
                    DomainContacts.ofOwner(ContactRef.existing("ABC-123456")))
                .nameservers(Nameservers.keepCurrent())
                .authcode(AuthCode.of("X&y=Z 9+;"))
                .foaContact(FoaContact.ADMIN)
                .build()),
        Arguments.of(
            "domain-renew",
            DomainRenewRequest.of(
                BY_ID, DomainRenewRequest.parseCurrentExpiry("20260301"), Period.ofYears(1))),
        Arguments.of(
            "domain-update-contact",
            DomainUpdateRequest.contacts(
                SHOP,
                ContactChanges.of(ContactRole.ADMIN, ContactRef.existing("ABC-1"))
                    .and(ContactRole.TECH, ContactRef.inline(anaGarcia())))),
        Arguments.of(
            "domain-update-nameservers",
            DomainUpdateRequest.nameservers(
                SHOP,
                Nameservers.hosts(
                    "ns1.example-dns.net", "ns2.example-dns.net", "ns3.example-dns.net"))),
        Arguments.of("domain-update-transferblock", DomainUpdateRequest.transferBlock(SHOP, true)),
        Arguments.of("domain-update-block", DomainUpdateRequest.block(SHOP, false)),
        Arguments.of("domain-update-whoisprivacy", DomainUpdateRequest.whoisPrivacy(SHOP, false)),
        Arguments.of(
            "domain-update-renewalmode",
            DomainUpdateRequest.renewalMode(BY_ID, RenewalMode.LET_EXPIRE)),
        Arguments.of("domain-update-tag", DomainUpdateRequest.tag(SHOP, "vip,cliente 42")),
        Arguments.of("domain-update-viewwhois", DomainUpdateRequest.viewWhois(SHOP, true)),
        Arguments.of(
            "domain-updatenameservers-default",
            new DomainUpdateNameserversRequest(SHOP, Nameservers.dondominioDefault())),
        Arguments.of(
            "domain-updatecontacts-owner-id",
            new DomainUpdateContactsRequest(
                SHOP, ContactChanges.of(ContactRole.OWNER, ContactRef.existing("XYZ-99")))),
        Arguments.of("domain-getinfo-status", DomainGetInfoRequest.status(BY_ID)),
        Arguments.of(
            "domain-list-filters",
            DomainListRequest.builder()
                .pageLength(100)
                .word("shop")
                .tld("com")
                .renewable(false)
                .status(DomainStatus.EXPIRED_RENEW_GRACE)
                .ownerVerification(VerificationStatus.IN_PROCESS)
                .renewalMode(RenewalMode.AUTORENEW)
                .build(DomainListInfo.STATUS)
                .atPage(3)),
        Arguments.of(
            "domain-gluerecordcreate",
            new DomainGlueRecordCreateRequest(
                SHOP,
                HostName.of("ns1.example-shop.com"),
                Ipv4Address.of("198.51.100.10"),
                Optional.of(Ipv6Address.of("2001:DB8::10")))),
        Arguments.of(
            "domain-dnsseccreate",
            new DomainDnssecCreateRequest(
                SHOP, new DnssecRecord(12345, 13, 2, "49fd46e6c4b45c55d4ac"))),
        Arguments.of("contact-create", new ContactCreateRequest(acmeSl())),
        Arguments.of(
            "contact-list-filters",
            ContactListRequest.builder()
                .paging(Paging.ofLength(50))
                .email("ana@example.org")
                .country("es")
                .verificationStatus(VerificationStatus.VERIFIED)
                .designatedAgentAccepted(false)
                .build()),
        Arguments.of("account-zones-tld", AccountZonesRequest.forTld("COM.es")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void requestBodyMatchesGoldenFile(String golden, ApiRequest<?> request) {
    try {
      client.call(request);
    } catch (DonDominioTransportException e) {
      // the server's canned reply fits no action; only the request matters here
      assertThat(e.kind()).isEqualTo(DonDominioTransportException.Kind.UNEXPECTED_RESPONSE_DATA);
    }
    ScriptedServer.Received received = server.onlyRequest();
    String actual = received.path() + "\n" + String.join("\n", received.body().split("&")) + "\n";
    assertThat(actual).isEqualTo(Fixtures.resource("golden/" + golden + ".txt"));
  }

  @Test
  void everyRequestIsAFormPostWithTheClientUserAgent() {
    client.call(new org.regdesk.dondominio.client.tool.HelloRequest());
    ScriptedServer.Received received = server.onlyRequest();
    assertThat(received.method()).isEqualTo("POST");
    assertThat(received.path()).isEqualTo("/tool/hello/");
    assertThat(received.header("Content-Type"))
        .isEqualTo("application/x-www-form-urlencoded; charset=UTF-8");
    assertThat(received.header("User-Agent")).matches("ClientPlatform/Java;ClientVersion/[^;]+;");
    assertThat(received.form())
        .extracting(java.util.Map.Entry::getKey)
        .containsExactly("apiuser", "apipasswd", "output-format", "output-pretty");
    assertThat(received.param("apipasswd")).isEqualTo(Fixtures.API_PASSWORD);
    assertThat(received.param("output-pretty")).isEmpty();
  }

  @Test
  void accountZonesIsSentWithoutTrailingSlashLikeTheOfficialSdk() {
    try {
      client.call(AccountZonesRequest.all(100));
    } catch (DonDominioTransportException ignored) {
      // canned reply; only the path matters
    }
    assertThat(server.onlyRequest().path()).isEqualTo("/account/zones");
  }

  @Test
  void noBooleanIsEverSentAsTheWordFalse() {
    List<ApiRequest<?>> requests =
        shapes().<ApiRequest<?>>map(a -> (ApiRequest<?>) a.get()[1]).toList();
    for (ApiRequest<?> request : requests) {
      assertThat(request.parameters().parameters())
          .allSatisfy(p -> assertThat(p.value()).isNotIn("false", "true"));
    }
  }
}
